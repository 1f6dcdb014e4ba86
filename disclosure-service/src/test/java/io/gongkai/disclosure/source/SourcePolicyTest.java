package io.gongkai.disclosure.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule a source system's key is held to, on its own. */
class SourcePolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-08T09:00:00+08:00");
    private static final SourcePolicy FINANCE = new SourcePolicy("finance", Set.of("FINANCE"), false, Duration.ofDays(30));

    @Test
    void aUnitOfItsOwnWithARecentDateIsAllowed() {
        assertTrue(FINANCE.refusal("FINANCE", NOW.minusDays(29), null, NOW).isEmpty());
        assertTrue(FINANCE.refusal("FINANCE", null, null, NOW).isEmpty());
    }

    @Test
    void anotherUnitIsRefused() {
        assertTrue(FINANCE.refusal("HR", NOW, null, NOW).orElseThrow().contains("unit HR"));
    }

    @Test
    void anOldDateIsRefusedUnlessBackfillingIsAllowed() {
        assertTrue(FINANCE.refusal("FINANCE", NOW.minusDays(31), null, NOW).orElseThrow().contains("30 days"));
        SourcePolicy backfilling = new SourcePolicy("finance", Set.of("FINANCE"), true, Duration.ofDays(30));
        assertTrue(backfilling.refusal("FINANCE", NOW.minusYears(4), null, NOW).isEmpty());
        assertFalse(backfilling.refusal("HR", NOW.minusYears(4), null, NOW).isEmpty(), "back-filling is no licence for other units");
    }

    @Test
    void keepingTheRecordedDateOfAnOldItemIsNoBackdating() {
        OffsetDateTime old = NOW.minusDays(90);
        assertTrue(FINANCE.refusal("FINANCE", old.withOffsetSameInstant(java.time.ZoneOffset.UTC), old, NOW).isEmpty());
        assertFalse(FINANCE.refusal("FINANCE", old.minusDays(1), old, NOW).isEmpty());
    }
}
