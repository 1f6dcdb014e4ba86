package io.gongkai.inquiry.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sentence the service says (a clock day's reason, a history line) as a code with its parameters, which
 * the public column renders in Chinese, and a readable English default for API callers. Parameters are
 * strings, numbers and booleans; dates are ISO strings.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CodedText",
        description = "a sentence as a code with its parameters (for a translation) and its English text", requiredProperties = {"code", "params", "text"})
public record CodedText(String code, Map<String, Object> params, String text) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code keyValues}: name, value, name, value...; null values are left out. */
    public static CodedText of(String code, String text, Object... keyValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value instanceof LocalDate || value instanceof Enum<?>) {
                value = value.toString();
            } else if (value instanceof BigDecimal amount) {
                value = amount.toPlainString();
            }
            if (value != null) {
                params.put((String) keyValues[i], value);
            }
        }
        return new CodedText(code, Map.copyOf(params), text);
    }

    /** A staff member's own words only (code {@code note}); null when there are none. */
    public static CodedText note(String note) {
        return note == null || note.isBlank() ? null : of("note", note.strip(), "note", note.strip());
    }

    /** The params an auditor may read: without a staff member's own words. */
    public static Map<String, Object> withoutNote(Map<String, Object> params) {
        if (params == null || !params.containsKey("note")) {
            return params;
        }
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.remove("note");
        return copy;
    }

    public String paramsJson() {
        try {
            return params.isEmpty() ? null : JSON.writeValueAsString(new java.util.TreeMap<>(params));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> paramsOf(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
