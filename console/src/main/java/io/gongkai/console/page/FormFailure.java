package io.gongkai.console.page;

import io.gongkai.console.api.ApiProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/** A form the API refused: which one, the values as typed, each field's error, and what the person should read. */
public record FormFailure(String step, Map<String, String> values, Map<String, String> errors, String problem) {

    /** No form failed: what a page gets when it is shown afresh. */
    public static final FormFailure NONE = new FormFailure("", Map.of(), Map.of(), null);

    public boolean isFor(String form) {
        return step.equals(form);
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The failure of {@code step} for a problem answer, or null when the answer is not one a form can show. */
    public static FormFailure of(String step, String stepName, Map<String, String> values, ApiProblem problem) {
        String message = switch (problem.status()) {
            case 400, 422 -> "请更正标出的内容后再提交。" + (problem.fields().isEmpty() && problem.chineseDetail() != null
                    ? problem.chineseDetail() : "");
            case 409 -> "当前状态下不能" + stepName + "：可能已有其他人办理。请查看下方的最新状态。"
                    + (problem.chineseDetail() != null ? "（" + problem.chineseDetail() + "）" : "");
            case 403 -> "您的账号不能办理这一步。";
            default -> null;
        };
        if (message == null) {
            return null;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fields().forEach((field, text) -> errors.merge(field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field,
                text, (a, b) -> a + "；" + b));
        return new FormFailure(step, values, errors, message);
    }

    public int status() {
        return problem.startsWith("当前状态") ? 409 : problem.startsWith("您的账号") ? 403 : 400;
    }
}
