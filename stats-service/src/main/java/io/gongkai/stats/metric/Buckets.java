package io.gongkai.stats.metric;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dashboard's time series: a period cut into days, ISO weeks (Monday to Sunday), months, calendar years or academic
 * years (1 Sep to 31 Aug, labelled by the year they end in, as the report's),
 * the first and the last bucket clipped to the period.
 */
public final class Buckets {

    /** Longest series a query may ask for (a day series of ten years would be 3,653 points: ask for weeks). */
    public static final int MAX = 1000;

    public enum Granularity {
        DAY, WEEK, MONTH, YEAR, ACADEMIC_YEAR;

        /** The first day of the (unclipped) bucket that holds {@code day}. */
        public LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
                case ACADEMIC_YEAR -> LocalDate.of(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1, 9, 1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case YEAR, ACADEMIC_YEAR -> start.plusYears(1);
            };
        }

        /** 2022-09-01, 2022-W35, 2022-09, 2022, AY2022. */
        String label(LocalDate start) {
            return switch (this) {
                case DAY -> start.toString();
                case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> YearMonth.from(start).toString();
                case YEAR -> Integer.toString(start.getYear());
                case ACADEMIC_YEAR -> "AY" + (start.getYear() + 1);
            };
        }

        /** The same buckets' first day in SQL, for a date column (PostgreSQL's date_trunc weeks start on Monday too). */
        public String sqlStart(String column) {
            return this == ACADEMIC_YEAR
                    // 1 Sep .. 31 Aug is a calendar year shifted by four months
                    ? "(date_trunc('year', " + column + "::timestamp + interval '4 months') - interval '4 months')::date"
                    : "date_trunc('" + name().toLowerCase(Locale.ROOT) + "', " + column + "::timestamp)::date";
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One point of a series: its label, the first day of its unclipped bucket, and the days it covers. */
    public record Bucket(String label, LocalDate start, LocalDate from, LocalDate to) {

        public boolean holds(LocalDate periodStart, LocalDate periodEnd) {
            return !periodStart.isBefore(from) && !periodEnd.isAfter(to);
        }
    }

    private Buckets() {
    }

    /** @throws IllegalArgumentException when the series would have more than {@link #MAX} buckets */
    public static List<Bucket> of(Granularity granularity, LocalDate from, LocalDate to) {
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate start = granularity.start(from); !start.isAfter(to); start = granularity.next(start)) {
            if (buckets.size() == MAX) {
                throw new IllegalArgumentException("a series has at most " + MAX + " points: choose a longer granularity or a shorter period");
            }
            LocalDate end = granularity.next(start).minusDays(1);
            buckets.add(new Bucket(granularity.label(start), start, start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
        }
        return buckets;
    }
}
