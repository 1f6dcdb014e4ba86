package io.gongkai.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** The 依申请公开 form as posted; turned into the API's request, and shown again with its errors. */
public class RequestForm {

    @RestForm public String applicantType;
    @RestForm public String subType;
    @RestForm public String name;
    @RestForm public String idNumber;
    @RestForm public String phone;
    @RestForm public String email;
    @RestForm public String address;
    @RestForm public String description;
    @RestForm public String documentNumber;
    @RestForm public String documentDate;
    @RestForm public String purpose;
    @RestForm public String deliveryForm;
    @RestForm public String deliveryMethod;
    @RestForm public String ownPersonalInformation;
    /** Made when the form is shown: posting the same form twice submits one request. */
    @RestForm public String idempotencyKey;

    static RequestForm blank() {
        RequestForm form = new RequestForm();
        form.applicantType = "NATURAL_PERSON";
        form.deliveryForm = "ELECTRONIC";
        form.deliveryMethod = "EMAIL";
        form.idempotencyKey = UUID.randomUUID().toString();
        return form;
    }

    /** The key to send: the form's own when it is one this page made, else a new one. */
    String key() {
        if (idempotencyKey == null || !idempotencyKey.matches("[0-9a-f-]{36}")) {
            idempotencyKey = UUID.randomUUID().toString();
        }
        return idempotencyKey;
    }

    /** The API's request; blank fields are left out, so that the API's own rules say what is missing. */
    Map<String, Object> toRequest() {
        Map<String, Object> applicant = new LinkedHashMap<>();
        put(applicant, "type", applicantType);
        if ("ORGANISATION".equals(applicantType)) {
            put(applicant, "subType", subType);
        }
        put(applicant, "name", name);
        put(applicant, "idNumber", idNumber);
        put(applicant, "phone", phone);
        put(applicant, "email", email);
        put(applicant, "address", address);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("applicant", applicant);
        put(request, "description", description);
        put(request, "documentNumber", documentNumber);
        put(request, "documentDate", documentDate);
        put(request, "purpose", purpose);
        put(request, "deliveryForm", deliveryForm);
        put(request, "deliveryMethod", deliveryMethod);
        request.put("channel", "ONLINE");
        request.put("ownPersonalInformation", "on".equals(ownPersonalInformation) || "true".equals(ownPersonalInformation));
        return request;
    }

    /** The form field an API field name belongs to ({@code applicant.name} is the form's {@code name}). */
    static String formField(String apiField) {
        return apiField.startsWith("applicant.") ? switch (apiField.substring("applicant.".length())) {
            case "type" -> "applicantType";
            case "subType" -> "subType";
            default -> apiField.substring("applicant.".length());
        } : apiField;
    }

    public boolean checked() {
        return "on".equals(ownPersonalInformation) || "true".equals(ownPersonalInformation);
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
