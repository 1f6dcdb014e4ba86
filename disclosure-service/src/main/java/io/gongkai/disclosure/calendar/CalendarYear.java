package io.gongkai.disclosure.calendar;

import io.gongkai.commons.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Map;

/** What is known of one year's working days: the official list of special days, or nothing (Mon–Fri). */
public record CalendarYear(int year, Status status, Map<LocalDate, WorkingDays.Kind> days) {

    /** Where the working days of a count came from. */
    public enum Source { OFFICIAL, MONDAY_TO_FRIDAY }

    /** What inquiry-service answered for the year. */
    public enum Status { OFFICIAL, NOT_ENTERED, UNAVAILABLE }

    public CalendarYear {
        days = Map.copyOf(days);
    }

    public static CalendarYear official(int year, Map<LocalDate, WorkingDays.Kind> days) {
        return new CalendarYear(year, Status.OFFICIAL, days);
    }

    public static CalendarYear notEntered(int year) {
        return new CalendarYear(year, Status.NOT_ENTERED, Map.of());
    }

    public static CalendarYear unavailable(int year) {
        return new CalendarYear(year, Status.UNAVAILABLE, Map.of());
    }

    public Source source() {
        return status == Status.OFFICIAL ? Source.OFFICIAL : Source.MONDAY_TO_FRIDAY;
    }

    /** Why a count of this year is Mon–Fri; null when it is official. */
    public String note() {
        return switch (status) {
            case OFFICIAL -> null;
            case NOT_ENTERED -> "no official calendar for " + year + " yet, counted Mon–Fri";
            case UNAVAILABLE -> "calendar unavailable, counted Mon–Fri";
        };
    }
}
