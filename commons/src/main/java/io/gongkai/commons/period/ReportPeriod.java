package io.gongkai.commons.period;

import io.gongkai.commons.problem.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The span a figure or a list covers, in business dates (Asia/Shanghai), both ends inclusive. Report
 * year Y is by default the academic year that ends in Y (1 Sep Y-1 to 31 Aug Y, the seed's); a year may be
 * configured as a calendar year or any custom range (docs/domain.md, "The annual report"). Either end may be open
 * for lists ("everything since").
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** Longest range a query may ask for: ten report years. */
    public static final int MAX_YEARS = 10;
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** How a report year maps to dates: a per-year setting of the annual report. */
    public enum Kind { ACADEMIC_YEAR, CALENDAR_YEAR, CUSTOM }

    public ReportPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period must not end before it starts");
        }
    }

    /** 1 Sep year-1 to 31 Aug year: the span of the "year" annual report. */
    public static ReportPeriod academicYear(int year) {
        checkYear(year);
        return new ReportPeriod(LocalDate.of(year - 1, 9, 1), LocalDate.of(year, 8, 31));
    }

    public static ReportPeriod calendarYear(int year) {
        checkYear(year);
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period of report year {@code year} under a configured kind; CUSTOM needs its two dates. */
    public static ReportPeriod ofYear(int year, Kind kind, LocalDate customFrom, LocalDate customTo) {
        return switch (kind) {
            case ACADEMIC_YEAR -> academicYear(year);
            case CALENDAR_YEAR -> calendarYear(year);
            case CUSTOM -> new ReportPeriod(Objects.requireNonNull(customFrom, "from"), Objects.requireNonNull(customTo, "to"));
        };
    }

    /**
     * The period a query names: {@code year=} (academic year) or {@code from=}/{@code to=} dates, never both.
     * Nothing given is an open period (everything) unless {@code required}.
     *
     * @throws ProblemException a 400 that names the parameter at fault
     */
    public static ReportPeriod fromQuery(Integer year, LocalDate from, LocalDate to, boolean required) {
        if (year != null) {
            if (from != null || to != null) {
                throw ProblemException.invalid("year", "give either year or from/to, not both");
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw ProblemException.invalid("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return academicYear(year);
        }
        if (required && (from == null || to == null)) {
            throw ProblemException.invalid("year", "give year, or both from and to");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw ProblemException.invalid("to", "must not be before from");
            }
            if (to.isAfter(from.plusYears(MAX_YEARS))) {
                throw ProblemException.invalid("to", "the period may span at most " + MAX_YEARS + " years");
            }
        }
        return new ReportPeriod(from, to);
    }

    public boolean open() {
        return from == null && to == null;
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The day after the last one, for half-open SQL ranges; null when open-ended. */
    public LocalDate toExclusive() {
        return to == null ? null : to.plusDays(1);
    }

    /** The first instant of the period in Asia/Shanghai; null when open at the start. */
    public OffsetDateTime startInstant() {
        return from == null ? null : from.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first instant after the period; null when open at the end. */
    public OffsetDateTime endExclusiveInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }
}
