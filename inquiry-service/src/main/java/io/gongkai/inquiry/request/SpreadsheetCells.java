package io.gongkai.inquiry.request;

import java.util.regex.Pattern;

/**
 * Free text written into a CSV cell: a spreadsheet runs a cell that starts with = + - @ (or a tab or a
 * carriage return before one) as a formula, so such text gets a leading apostrophe, which spreadsheets
 * show as text. Only text columns go through here (never numbers or dates); a phone number such as
 * +86 138 0000 0000 stays as it is.
 */
public final class SpreadsheetCells {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]*");

    private SpreadsheetCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !PHONE.matcher(value).matches() ? "'" + value : value;
    }
}
