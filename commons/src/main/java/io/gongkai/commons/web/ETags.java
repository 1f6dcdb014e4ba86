package io.gongkai.commons.web;

import io.gongkai.commons.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** Versions as ETags, and the If-Match check of every update: one helper, not one per method. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an If-Match header against the current version. No header means the caller accepts the
     * last-writer-wins risk; a header naming another version is a 412.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match does not name the current version " + expected);
    }
}
