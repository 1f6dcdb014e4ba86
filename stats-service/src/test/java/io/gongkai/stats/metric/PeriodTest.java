package io.gongkai.stats.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void theAcademicYearOfThe2022ReportRunsFromSeptember2021ToAugust2022() {
        Period year = Period.parse("AY2022");
        assertEquals(LocalDate.of(2021, 9, 1), year.start());
        assertEquals(LocalDate.of(2022, 8, 31), year.end());
        assertEquals("AY2022", year.label());
    }

    @Test
    void aMonthCoversItsDaysIncludingALeapDay() {
        Period february = Period.parse("2024-02");
        assertEquals(LocalDate.of(2024, 2, 1), february.start());
        assertEquals(LocalDate.of(2024, 2, 29), february.end());
        assertEquals(Period.Granularity.MONTH, february.granularity());
    }

    @Test
    void aDayIsItself() {
        Period day = Period.parse(" 2022-10-08 ");
        assertEquals(day.start(), day.end());
        assertEquals("2022-10-08", day.label());
    }

    @Test
    void withinMeansWhollyInside() {
        Period september = Period.parse("2021-09");
        Period year = Period.academicYear(2022);
        assertTrue(september.within(year.start(), year.end()));
        assertFalse(Period.parse("2021-08").within(year.start(), year.end()));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"2022", "2022-13", "2022-02-30", "AY22", "last year", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), String.valueOf(bad));
        }
    }
}
