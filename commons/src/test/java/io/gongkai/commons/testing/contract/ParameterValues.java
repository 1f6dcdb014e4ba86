package io.gongkai.commons.testing.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Values for a documented parameter: its example, the malformed ones its schema rules out, and fuzz. */
final class ParameterValues {

    private ParameterValues() {
    }

    /** The parameter's example (its own, its schema's, its default, or its first enum value), as text. */
    @SuppressWarnings("unchecked")
    static String example(Map<String, Object> parameter) {
        if (parameter.get("example") != null) {
            return String.valueOf(parameter.get("example"));
        }
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        if (schema.get("example") != null) {
            return String.valueOf(schema.get("example"));
        }
        if (schema.get("default") != null) {
            return String.valueOf(schema.get("default"));
        }
        List<Object> values = (List<Object>) schema.get("enum");
        if (values != null && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        if (parameter.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty()) {
            Object first = examples.values().iterator().next();
            if (first instanceof Map<?, ?> e && e.get("value") != null) {
                return String.valueOf(e.get("value"));
            }
        }
        return null;
    }

    /** Already percent-encoded values that the parameter's schema refuses, each with what it tries. */
    @SuppressWarnings("unchecked")
    static List<String[]> malformed(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        List<String[]> values = new ArrayList<>();
        values.add(new String[] {"%20", "blank"});
        values.add(new String[] {"+", "blank (+)"});
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (schema.get("enum") != null) {
            values.add(new String[] {"NO_SUCH_VALUE", "not one of the enum"});
        }
        switch (type) {
            case "integer", "number" -> {
                values.add(new String[] {"x", "not a number"});
                values.add(new String[] {"99999999999999999999", "overflow"});
                values.add(new String[] {"1.5", "a fraction"});
                if (schema.get("minimum") != null) {
                    values.add(new String[] {String.valueOf(((Number) schema.get("minimum")).longValue() - 1), "below minimum"});
                }
                if (schema.get("maximum") != null) {
                    values.add(new String[] {String.valueOf(((Number) schema.get("maximum")).longValue() + 1), "above maximum"});
                }
            }
            case "boolean" -> values.add(new String[] {"maybe", "not true or false"});
            case "string" -> {
                switch (format) {
                    case "date" -> values.add(new String[] {"2022-02-30", "not a date"});
                    case "date-time" -> values.add(new String[] {"yesterday", "not a date-time"});
                    case "uuid" -> values.add(new String[] {"not-a-uuid", "not a UUID"});
                    default -> {
                    }
                }
                if (schema.get("maxLength") != null) {
                    values.add(new String[] {"x".repeat(((Number) schema.get("maxLength")).intValue() + 1), "over maxLength"});
                }
            }
            default -> {
            }
        }
        return values;
    }

    /** Hostile values any parameter must survive: an answer, never a 5xx, an empty body or a slow one. */
    static List<String[]> fuzz() {
        List<String[]> values = new ArrayList<>();
        values.add(new String[] {"", "empty"});
        values.add(new String[] {"%", "raw %"});
        values.add(new String[] {"%00", "NUL"});
        values.add(new String[] {"%0D%0AX-Injected:%201", "CRLF"});
        values.add(new String[] {encode("' OR '1'='1' --"), "SQL injection"});
        values.add(new String[] {encode("<script>alert(1)</script>"), "markup"});
        values.add(new String[] {encode("../../etc/passwd"), "path traversal"});
        values.add(new String[] {"-1", "negative"});
        values.add(new String[] {"1e308", "huge exponent"});
        values.add(new String[] {encode("招生".repeat(10)), "CJK"});
        values.add(new String[] {"%ED%A0%80", "a lone surrogate's bytes"});
        values.add(new String[] {"x".repeat(7000), "7,000 characters"});
        return values;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
