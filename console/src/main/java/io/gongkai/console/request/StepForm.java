package io.gongkai.console.request;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A step's form as posted (every step's fields in one bean; a step reads the ones it has), turned into the API's body,
 * and shown again as typed when the API refuses it. Blank fields are left out, so that the API's own rules say what
 * is missing; only what cannot be sent at all (a number that is not one) is refused here.
 */
public class StepForm {

    @RestForm public String reason;
    @RestForm public String handler;
    @RestForm public String receivedAt;
    @RestForm public String workingDays;
    @RestForm public String approver;
    @RestForm public String amount;
    @RestForm public String outcome;
    @RestForm public String legalBasis;
    @RestForm public String text;
    @RestForm public String deliveryForm;
    @RestForm public String feeAmount;
    @RestForm public String feeWaived;

    public static StepForm blank() {
        StepForm form = new StepForm();
        form.deliveryForm = "ELECTRONIC";
        return form;
    }

    public boolean waived() {
        return "on".equals(feeWaived) || "true".equals(feeWaived);
    }

    /** The fields this console refuses before asking the API, by form field; empty when the body can be sent. */
    public Map<String, String> unsendable(String step) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step) {
            case "extend" -> {
                if (given(workingDays) && !workingDays.strip().matches("\\d{1,3}")) {
                    errors.put("workingDays", "请填写工作日天数（整数）");
                }
            }
            case "fee-notice" -> money(amount, "amount", errors);
            case "reply" -> money(feeAmount, "feeAmount", errors);
            case "clarified" -> {
                if (given(receivedAt) && parseTime(receivedAt) == null) {
                    errors.put("receivedAt", "请按“年-月-日 时:分”填写收到补正的时间");
                }
            }
            default -> { }
        }
        return errors;
    }

    /** The API's body for {@code step}. */
    public Map<String, Object> body(String step) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case "assign" -> put(body, "handler", handler);
            case "clarified" -> {
                if (given(receivedAt)) {
                    // the form's local time is Beijing time
                    body.put("receivedAt", parseTime(receivedAt) + ":00+08:00");
                }
            }
            case "extend" -> {
                if (given(workingDays)) {
                    body.put("workingDays", Integer.parseInt(workingDays.strip()));
                }
                put(body, "approver", approver);
            }
            case "fee-notice" -> {
                if (given(amount)) {
                    body.put("amount", new BigDecimal(amount.strip()));
                }
            }
            case "reply" -> {
                put(body, "outcome", outcome);
                put(body, "legalBasis", legalBasis);
                put(body, "text", text);
                put(body, "deliveryForm", deliveryForm);
                if (given(feeAmount) || waived()) {
                    Map<String, Object> fee = new LinkedHashMap<>();
                    fee.put("amount", given(feeAmount) ? new BigDecimal(feeAmount.strip()) : BigDecimal.ZERO);
                    fee.put("waived", waived());
                    body.put("fee", fee);
                }
                return body;
            }
            default -> { }
        }
        put(body, "reason", reason);
        return body;
    }

    /** The form field an API field belongs to ({@code fee.amount} is the reply form's {@code feeAmount}). */
    public static String formField(String step, String apiField) {
        if (apiField.startsWith("fee")) {
            return "feeAmount";
        }
        if (step.equals("fee-notice") && apiField.equals("amount")) {
            return "amount";
        }
        return apiField.contains(".") ? apiField.substring(apiField.lastIndexOf('.') + 1) : apiField;
    }

    private static void money(String value, String field, Map<String, String> errors) {
        if (given(value) && !value.strip().matches("\\d{1,6}(\\.\\d{1,2})?")) {
            errors.put(field, "请填写金额（元），如 12.50");
        }
    }

    private static String parseTime(String value) {
        try {
            return LocalDateTime.parse(value.strip().replace(' ', 'T')).withSecond(0).withNano(0).toString().substring(0, 16);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (given(value)) {
            map.put(key, value.strip());
        }
    }
}
