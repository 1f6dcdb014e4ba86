package io.gongkai.disclosure.checklist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The 20-working-day publication rule, kept simple on purpose: working days are the configured days
 * of the week (Mon–Fri by default), without the national holiday calendar (that calendar belongs to
 * inquiry-service and is not called at run time). The day the information was produced is not counted.
 */
public final class WorkingDays {

    private final Set<DayOfWeek> workingDays;
    private final int limit;

    public WorkingDays(Set<DayOfWeek> workingDays, int limit) {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        this.workingDays = EnumSet.copyOf(workingDays);
        this.limit = limit;
    }

    public static WorkingDays mondayToFriday(int limit) {
        return new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), limit);
    }

    /** The last day on which information produced on {@code produced} may be published. */
    public LocalDate dueDate(LocalDate produced) {
        LocalDate day = produced;
        int counted = 0;
        while (counted < limit) {
            day = day.plusDays(1);
            if (workingDays.contains(day.getDayOfWeek())) {
                counted++;
            }
        }
        return day;
    }

    /** Late when published (in business dates) after the due date. */
    public boolean late(LocalDate produced, LocalDate published) {
        return published.isAfter(dueDate(produced));
    }

    public int limit() {
        return limit;
    }
}
