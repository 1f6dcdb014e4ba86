package io.gongkai.commons.paging;

import io.gongkai.commons.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page cursors: the position of the last item a caller saw (e.g. its sort key and id),
 * base64url-encoded with a version prefix so that a garbage cursor is a 400, never a 500.
 */
public final class Cursors {

    private static final String VERSION = "c1";
    private static final char SEPARATOR = '\u001f';

    private Cursors() {
    }

    public static String encode(String... parts) {
        StringBuilder raw = new StringBuilder(VERSION);
        for (String part : parts) {
            raw.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the parts of a cursor made by {@link #encode}, exactly {@code expectedParts} of them. */
    public static List<String> decode(String cursor, int expectedParts) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != expectedParts + 1 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        return Arrays.asList(parts).subList(1, parts.length);
    }

    public static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this service issued");
    }
}
