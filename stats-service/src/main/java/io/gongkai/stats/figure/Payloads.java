package io.gongkai.stats.figure;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.stats.feed.UnappliableEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading what the figures need from an event's payload; what is missing makes the event unappliable. */
public final class Payloads {


    private Payloads() {
    }

    public static JsonNode object(JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            throw new UnappliableEvent("the payload is not an object");
        }
        return payload;
    }

    public static String text(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new UnappliableEvent("the payload has no " + field);
        }
        return value.asText();
    }

    /** A code (channel, kind, result...): also safe as a figure dimension. */
    public static String code(JsonNode payload, String field) {
        return code(text(payload, field), field);
    }

    /** {@code value} when it is a code (1 to 60 of A-Z, a-z, 0-9, _ and -); {@code field} names it in the reason otherwise. */
    public static String code(String value, String field) {
        boolean code = !value.isEmpty() && value.length() <= 60;
        for (int i = 0; code && i < value.length(); i++) {
            char c = value.charAt(i);
            code = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
        }
        if (!code) {
            throw new UnappliableEvent(field + " is not a code");
        }
        return value;
    }

    public static String optionalCode(JsonNode payload, String field) {
        return payload.hasNonNull(field) ? code(payload, field) : "";
    }

    /** The business day (Asia/Shanghai) of a time field. */
    public static LocalDate dayOfTime(JsonNode payload, String field) {
        try {
            return counted(BusinessDays.of(text(payload, field)), field);
        } catch (DateTimeParseException e) {
            throw new UnappliableEvent(field + " is not a time");
        }
    }

    public static LocalDate date(JsonNode payload, String field) {
        try {
            return counted(LocalDate.parse(text(payload, field)), field);
        } catch (DateTimeParseException e) {
            throw new UnappliableEvent(field + " is not a date");
        }
    }

    /** {@code day} when a figure can count on it: a day PostgreSQL keeps, in the years a report can cover. */
    public static LocalDate counted(LocalDate day, String field) {
        if (day.getYear() < 1900 || day.getYear() > 9999) {
            throw new UnappliableEvent(field + " is not a day a figure can count on: " + day);
        }
        return day;
    }
}
