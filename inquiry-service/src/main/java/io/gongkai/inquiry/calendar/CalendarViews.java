package io.gongkai.inquiry.calendar;

import io.gongkai.commons.calendar.WorkingDays;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the calendar API. */
public final class CalendarViews {

    private CalendarViews() {
    }

    @Schema(name = "CalendarDay")
    public record Day(
            @NotNull @Schema(example = "2022-10-08") LocalDate date,
            @NotNull @Schema(example = "WORKDAY") WorkingDays.Kind kind,
            @NotBlank @Size(max = 50) @Schema(example = "国庆节") String name) {
    }

    @Schema(name = "Calendar", description = "The special days of one year; every other Mon–Fri is a working day",
            requiredProperties = {"year", "source", "version", "workingDays", "days"})
    public record Calendar(int year, String source, long version, int workingDays, List<Day> days) {
    }

    @Schema(name = "CalendarRequest")
    public record CalendarRequest(
            @NotBlank @Size(max = 300) @Schema(example = "国务院办公厅关于2027年部分节假日安排的通知") String source,
            @NotNull @Size(max = 100) List<@Valid @NotNull Day> days) {
    }

    @Schema(name = "DueDate", description = "The statutory clock for a request received at a given time",
            requiredProperties = {"receivedAt", "effectiveReceipt", "workingDays", "dueDate"})
    public record DueDate(@Schema(example = "2022-09-30T10:00:00+08:00") String receivedAt, LocalDate effectiveReceipt, int workingDays, LocalDate dueDate) {
    }
}
