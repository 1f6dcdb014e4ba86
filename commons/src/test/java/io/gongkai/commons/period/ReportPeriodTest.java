package io.gongkai.commons.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.problem.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void reportYearIsTheAcademicYearEndingInIt() {
        ReportPeriod p = ReportPeriod.academicYear(2022);
        assertEquals(LocalDate.of(2021, 9, 1), p.from());
        assertEquals(LocalDate.of(2022, 8, 31), p.to());
        assertEquals(LocalDate.of(2022, 9, 1), p.toExclusive());
        assertTrue(p.contains(LocalDate.of(2021, 9, 1)));
        assertTrue(p.contains(LocalDate.of(2022, 8, 31)));
        assertFalse(p.contains(LocalDate.of(2022, 9, 1)));
        assertFalse(p.contains(LocalDate.of(2021, 8, 31)));
    }

    @Test
    void configuredKindsOfYear() {
        assertEquals(new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                ReportPeriod.ofYear(2022, ReportPeriod.Kind.CALENDAR_YEAR, null, null));
        assertEquals(new ReportPeriod(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 10, 31)),
                ReportPeriod.ofYear(2022, ReportPeriod.Kind.CUSTOM, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 10, 31)));
        assertEquals(ReportPeriod.academicYear(2022), ReportPeriod.ofYear(2022, ReportPeriod.Kind.ACADEMIC_YEAR, null, null));
    }

    @Test
    void instantsAreShanghaiMidnights() {
        ReportPeriod p = ReportPeriod.academicYear(2022);
        assertEquals(OffsetDateTime.parse("2021-09-01T00:00+08:00"), p.startInstant());
        assertEquals(OffsetDateTime.parse("2022-09-01T00:00+08:00"), p.endExclusiveInstant());
    }

    @Test
    void queryTakesYearOrDatesNeverBoth() {
        assertEquals(ReportPeriod.academicYear(2022), ReportPeriod.fromQuery(2022, null, null, true));
        assertEquals(new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 1)),
                ReportPeriod.fromQuery(null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 1), true));
        ProblemException both = assertThrows(ProblemException.class,
                () -> ReportPeriod.fromQuery(2022, LocalDate.of(2022, 1, 1), null, false));
        assertEquals(400, both.status());
        assertThrows(ProblemException.class, () -> ReportPeriod.fromQuery(1999, null, null, false));
        assertThrows(ProblemException.class, () -> ReportPeriod.fromQuery(null, LocalDate.of(2022, 1, 1), null, true));
        assertThrows(ProblemException.class,
                () -> ReportPeriod.fromQuery(null, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 1, 1), false));
        assertThrows(ProblemException.class,
                () -> ReportPeriod.fromQuery(null, LocalDate.of(2000, 1, 1), LocalDate.of(2022, 1, 1), false));
    }

    @Test
    void openEndedPeriods() {
        ReportPeriod since = ReportPeriod.fromQuery(null, LocalDate.of(2022, 1, 1), null, false);
        assertTrue(since.contains(LocalDate.of(2030, 1, 1)));
        assertNull(since.toExclusive());
        assertTrue(ReportPeriod.fromQuery(null, null, null, false).open());
    }
}
