package io.gongkai.stats.metric;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as sources write it: a day ("2022-09-01"), a month ("2022-09") or an academic
 * year ("AY2022" = 1 Sep 2021 to 31 Aug 2022, the span of the 2022 annual report).
 */
public record Period(Granularity granularity, LocalDate start, LocalDate end) {

    public enum Granularity { DAY, MONTH, ACADEMIC_YEAR }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("AY(\\d{4})");

    /** @throws IllegalArgumentException when the text is none of the three forms */
    public static Period parse(String text) {
        String value = text == null ? "" : text.trim();
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return new Period(Granularity.DAY, day, day);
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return new Period(Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a real date");
        }
        Matcher academic = ACADEMIC_YEAR.matcher(value);
        if (academic.matches()) {
            return academicYear(Integer.parseInt(academic.group(1)));
        }
        throw new IllegalArgumentException("must be a day (2022-09-01), a month (2022-09) or an academic year (AY2022)");
    }

    /** The academic year that ends in {@code year}: 1 Sep year-1 to 31 Aug year. */
    public static Period academicYear(int year) {
        return new Period(Granularity.ACADEMIC_YEAR, LocalDate.of(year - 1, 9, 1), LocalDate.of(year, 8, 31));
    }

    public String label() {
        return switch (granularity) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case ACADEMIC_YEAR -> "AY" + end.getYear();
        };
    }

    public boolean within(LocalDate from, LocalDate to) {
        return !start.isBefore(from) && !end.isAfter(to);
    }
}
