package io.gongkai.gateway.routing;

import java.util.StringJoiner;

/**
 * Which of a browser's cookies each site of pages gets. The staff console's cookies are named {@code console-...} (its
 * encrypted session, its CSRF token): they go to the console and nowhere else, and the console gets nothing else, so
 * that the public column never sees a staff session and the console never sees the column's cookies. A browser
 * already keeps the console's cookies to {@code Path=/console}; this holds for any client.
 */
final class SiteCookies {

    static final String CONSOLE_PREFIX = "console-";

    private SiteCookies() {
    }

    /** The pairs of one Cookie header that {@code site} gets, or null when none. */
    static String keep(String site, String header) {
        boolean console = Routes.CONSOLE.equals(site);
        StringJoiner kept = new StringJoiner("; ");
        for (String pair : header.split(";")) {
            String trimmed = pair.trim();
            if (!trimmed.isEmpty() && trimmed.startsWith(CONSOLE_PREFIX) == console) {
                kept.add(trimmed);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
