package io.gongkai.disclosure.calendar;

import io.gongkai.commons.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The publication rule (docs/domain.md): information is published within {@code limit} working days of the
 * day it was produced, that day not counted. Pure; {@code counted} says which calendar the days come from.
 */
public record PublicationDeadline(WorkingDays workingDays, int limit, Counted counted) {

    /** Which calendar a count used, as answers show it ({@code calendar: {source, note}}). */
    @Schema(name = "CalendarCounted", requiredProperties = {"source", "note"})
    public record Counted(CalendarYear.Source source,
                          @Schema(description = "why the official calendar was not used; null when it was", nullable = true) String note) {
        public static final Counted OFFICIAL = new Counted(CalendarYear.Source.OFFICIAL, null);
    }

    public PublicationDeadline {
        Objects.requireNonNull(workingDays);
        Objects.requireNonNull(counted);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    public static PublicationDeadline mondayToFriday(int limit) {
        return new PublicationDeadline(WorkingDays.mondayToFriday(), limit,
                new Counted(CalendarYear.Source.MONDAY_TO_FRIDAY, "counted Mon–Fri"));
    }

    /** The last day on which information produced on {@code produced} may be published. */
    public LocalDate dueDate(LocalDate produced) {
        return workingDays.addWorkingDays(produced, limit);
    }

    /** Late when published (in business dates) after the due date. */
    public boolean late(LocalDate produced, LocalDate published) {
        return published.isAfter(dueDate(produced));
    }
}
