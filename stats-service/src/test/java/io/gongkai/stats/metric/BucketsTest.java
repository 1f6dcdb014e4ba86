package io.gongkai.stats.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketsTest {

    @Test
    void weeksRunMondayToSundayAndTheEndsAreClippedToThePeriod() {
        // 2061-09-01 is a Thursday, 2062-01-01 a Sunday (ISO week 2061-W52)
        List<Buckets.Bucket> weeks = Buckets.of(Buckets.Granularity.WEEK, LocalDate.parse("2061-09-01"), LocalDate.parse("2062-01-01"));
        assertEquals(new Buckets.Bucket("2061-W35", LocalDate.parse("2061-08-29"), LocalDate.parse("2061-09-01"), LocalDate.parse("2061-09-04")),
                weeks.get(0));
        assertEquals(new Buckets.Bucket("2061-W36", LocalDate.parse("2061-09-05"), LocalDate.parse("2061-09-05"), LocalDate.parse("2061-09-11")),
                weeks.get(1));
        assertEquals(new Buckets.Bucket("2061-W52", LocalDate.parse("2061-12-26"), LocalDate.parse("2061-12-26"), LocalDate.parse("2062-01-01")),
                weeks.get(weeks.size() - 1));
        assertEquals(18, weeks.size());
    }

    @Test
    void daysMonthsAndYearsAreLabelledAsPeriodsAreWritten() {
        LocalDate from = LocalDate.parse("2061-12-30");
        LocalDate to = LocalDate.parse("2062-01-02");
        assertEquals(List.of("2061-12-30", "2061-12-31", "2062-01-01", "2062-01-02"),
                Buckets.of(Buckets.Granularity.DAY, from, to).stream().map(Buckets.Bucket::label).toList());
        assertEquals(List.of("2061-12", "2062-01"), Buckets.of(Buckets.Granularity.MONTH, from, to).stream().map(Buckets.Bucket::label).toList());
        assertEquals(List.of("2061", "2062"), Buckets.of(Buckets.Granularity.YEAR, from, to).stream().map(Buckets.Bucket::label).toList());
    }

    @Test
    void academicYearsRunFromSeptemberToAugustAndAreNamedForTheYearTheyEndIn() {
        List<Buckets.Bucket> years = Buckets.of(Buckets.Granularity.ACADEMIC_YEAR, LocalDate.parse("2061-08-31"), LocalDate.parse("2062-09-01"));
        assertEquals(List.of("AY2061", "AY2062", "AY2063"), years.stream().map(Buckets.Bucket::label).toList());
        assertEquals(new Buckets.Bucket("AY2062", LocalDate.parse("2061-09-01"), LocalDate.parse("2061-09-01"), LocalDate.parse("2062-08-31")),
                years.get(1));
    }

    @Test
    void aSeriesOfMoreThanAThousandPointsIsRefused() {
        assertEquals(1000, Buckets.of(Buckets.Granularity.DAY, LocalDate.parse("2060-01-01"), LocalDate.parse("2062-09-26")).size());
        assertThrows(IllegalArgumentException.class,
                () -> Buckets.of(Buckets.Granularity.DAY, LocalDate.parse("2060-01-01"), LocalDate.parse("2062-09-27")));
    }
}
