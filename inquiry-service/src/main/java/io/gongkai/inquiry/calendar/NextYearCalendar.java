package io.gongkai.inquiry.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.Optional;

/**
 * The State Council publishes next year's holidays in late autumn; from 1 November on, a missing calendar
 * of next year is worth a warning: due dates that reach into it are provisional until an admin enters it.
 */
public final class NextYearCalendar {

    private NextYearCalendar() {
    }

    /** The warning on {@code today}, or empty when none is due yet or next year is entered. */
    public static Optional<String> warning(LocalDate today, Collection<Integer> enteredYears) {
        int next = today.getYear() + 1;
        if (today.getMonth().compareTo(Month.NOVEMBER) < 0 || enteredYears.contains(next)) {
            return Optional.empty();
        }
        return Optional.of("the holiday calendar of " + next + " is not entered yet: due dates reaching into " + next
                + " count Mon–Fri as working days until an admin enters the State Council's notice (PUT /api/v1/calendar/" + next + ")");
    }
}
