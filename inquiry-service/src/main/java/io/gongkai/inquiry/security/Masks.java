package io.gongkai.inquiry.security;

/** How personal data looks to an auditor: enough to tell records apart, not enough to identify anyone. */
public final class Masks {

    private Masks() {
    }

    /** 张三丰 → 张**; keeps the first character only. */
    public static String name(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    /** Keeps the first 3 and last 2 characters of phone numbers and ID numbers: 138******78. */
    public static String number(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= 5) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }

    /** zhang.san@example.cn → z***@example.cn */
    public static String email(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /** Keeps the first 3 characters (the city or district): 长春市*** */
    public static String address(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int keep = value.offsetByCodePoints(0, Math.min(3, value.codePointCount(0, value.length()) / 2));
        return value.substring(0, keep) + "***";
    }
}
