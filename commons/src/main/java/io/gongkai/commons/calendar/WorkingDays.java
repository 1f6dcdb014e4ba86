package io.gongkai.commons.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * The statutory clock's arithmetic (docs/domain.md), pure: which days are working days under the official
 * holiday schedule, and the due date of a request received at a given instant.
 */
public final class WorkingDays {

    /** How a date listed in a notice changes the default (Mon–Fri work, Sat–Sun off). */
    public enum Kind { HOLIDAY, WORKDAY }

    /** Why a day is or is not a working day: what the clock's explanation shows for it. */
    public enum DayType {
        WORKING_DAY(true), WEEKEND(false), HOLIDAY(false), MAKE_UP_WORKING_DAY(true);

        private final boolean working;

        DayType(boolean working) {
            this.working = working;
        }

        public boolean working() {
            return working;
        }
    }

    private static final WorkingDays MONDAY_TO_FRIDAY = new WorkingDays(Map.of());

    private final Map<LocalDate, Kind> exceptions;

    public WorkingDays(Map<LocalDate, Kind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** Monday to Friday with no holidays: the fallback when the official calendar cannot be read. */
    public static WorkingDays mondayToFriday() {
        return MONDAY_TO_FRIDAY;
    }

    public DayType classify(LocalDate day) {
        Kind listed = exceptions.get(day);
        if (listed != null) {
            return listed == Kind.WORKDAY ? DayType.MAKE_UP_WORKING_DAY : DayType.HOLIDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayType.WEEKEND : DayType.WORKING_DAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        return classify(day).working();
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The {@code count}-th working day after {@code start}, {@code start} itself not counted. */
    public LocalDate addWorkingDays(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate day = start;
        for (int i = 0; i < count; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * The day a request counts as received: the day itself when it is a working day and the request
     * came within office hours, otherwise the next working day.
     */
    public LocalDate effectiveReceipt(ZonedDateTime receivedAt, OfficeHours hours) {
        ZonedDateTime local = receivedAt.withZoneSameInstant(hours.zone());
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        boolean inHours = !time.isBefore(hours.opens()) && time.isBefore(hours.closes());
        return isWorkingDay(day) && inHours ? day : nextWorkingDay(day);
    }

    /** Due date: the {@code workingDays}-th working day after the effective receipt date. */
    public LocalDate dueDate(ZonedDateTime receivedAt, OfficeHours hours, int workingDays) {
        return addWorkingDays(effectiveReceipt(receivedAt, hours), workingDays);
    }

    /** Office hours in the university's time zone (default 08:00–17:00 Asia/Shanghai). */
    public record OfficeHours(LocalTime opens, LocalTime closes, ZoneId zone) {
        public OfficeHours {
            Objects.requireNonNull(opens);
            Objects.requireNonNull(closes);
            Objects.requireNonNull(zone);
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("office hours must open before they close");
            }
        }
    }
}
