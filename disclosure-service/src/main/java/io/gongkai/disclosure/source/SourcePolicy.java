package io.gongkai.disclosure.source;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * What a source system's key may push: items of its own units, and a publishedAt older than {@code maxAge} only
 * while back-filling is allowed. A pure rule: PushService asks it for every record of a source key.
 */
public record SourcePolicy(String source, Set<String> units, boolean backfillAllowed, Duration maxAge) {

    /**
     * Why the record may not be pushed, or empty. {@code stored} is the publishedAt already recorded: an update that
     * keeps it (a correction of an old item, a withdrawal) is no back-dating.
     */
    public Optional<String> refusal(String unit, OffsetDateTime publishedAt, OffsetDateTime stored, OffsetDateTime now) {
        if (unit != null && !units.contains(unit)) {
            return Optional.of("Source " + source + " may not publish for unit " + clip(unit)
                    + " (an admin ties units to a source: PUT /api/v1/sources/" + source + ")");
        }
        boolean changed = publishedAt != null && (stored == null || !publishedAt.isEqual(stored));
        if (changed && !backfillAllowed && publishedAt.isBefore(now.minus(maxAge))) {
            return Optional.of("Source " + source + " may not set a publishedAt older than " + maxAge.toDays()
                    + " days unless an admin allows back-filling for it");
        }
        return Optional.empty();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
