package io.gongkai.inquiry.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.calendar.WorkingDays;
import io.gongkai.commons.calendar.WorkingDays.DayType;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.inquiry.request.RequestClock.Counting;
import io.gongkai.inquiry.request.RequestClock.Day;
import io.gongkai.inquiry.request.RequestClock.Explanation;
import io.gongkai.inquiry.request.RequestClock.Pause;
import io.gongkai.inquiry.request.RequestClock.Timeline;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked cases on the official 2022–2026 calendars. */
class RequestClockTest {

    private final RequestClock clock = new RequestClock(OfficialCalendars.workingDays(), OfficialCalendars.NAMES,
            new RequestClock.Settings(15, 15, new WorkingDays.OfficeHours(LocalTime.of(8, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Shanghai"))));

    private static OffsetDateTime at(String beijingTime) {
        return OffsetDateTime.parse(beijingTime + "+08:00");
    }

    private static Day day(Explanation e, String date) {
        return e.days().stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void theRulesExampleIsDueOn26October() {
        // Fri 30 Sep 2022 10:00, a working day within hours: 1-7 Oct off, 8 and 9 Oct (Sat, Sun) worked
        Timeline t = Timeline.of(at("2022-09-30T10:00:00"));
        assertEquals(LocalDate.parse("2022-09-30"), clock.effectiveReceipt(t.receivedAt()));
        assertEquals(LocalDate.parse("2022-10-26"), clock.dueDate(t));

        Explanation e = clock.explain(t);
        assertEquals(Counting.RECEIPT, day(e, "2022-09-30").counting());
        assertTrue(e.effectiveReceiptReason().contains("within office hours"), e.effectiveReceiptReason());
        assertEquals(Counting.SKIPPED, day(e, "2022-10-01").counting());
        assertTrue(day(e, "2022-10-01").reason().contains("holiday 国庆节"));
        assertEquals(DayType.MAKE_UP_WORKING_DAY, day(e, "2022-10-08").dayType());
        assertEquals(1, day(e, "2022-10-08").count());
        assertTrue(day(e, "2022-10-08").reason().contains("make-up working day"));
        assertEquals(2, day(e, "2022-10-09").count());
        assertEquals(Counting.SKIPPED, day(e, "2022-10-15").counting());
        assertTrue(day(e, "2022-10-15").reason().startsWith("weekend"));
        assertEquals(15, day(e, "2022-10-26").count());
        assertTrue(day(e, "2022-10-26").reason().endsWith("the due date"));
        // every day from receipt to due is listed, nothing after it
        assertEquals(27, e.days().size());
        assertEquals(15, e.days().stream().filter(d -> d.counting() == Counting.COUNTED).count());
    }

    @Test
    void aRequestTheDayBeforeTheNationalDayWeekCountsFromTheEighth() {
        // Mon 30 Sep 2024: 1-7 Oct off, Sat 12 Oct worked
        Timeline t = Timeline.of(at("2024-09-30T09:00:00"));
        assertEquals(LocalDate.parse("2024-10-25"), clock.dueDate(t));
        Explanation e = clock.explain(t);
        assertEquals(1, day(e, "2024-10-08").count());
        assertEquals(5, day(e, "2024-10-12").count());
        assertEquals(Counting.SKIPPED, day(e, "2024-10-13").counting());
    }

    @Test
    void aClarificationAcrossSpringFestivalPausesAndTheClarifiedRequestStartsANewCount() {
        // received Mon 9 Jan 2023, clarification asked Wed 11 Jan; it arrives during Spring Festival (Wed 25 Jan),
        // so the clarified request counts as received on the make-up Saturday 28 Jan
        Timeline t = new Timeline(at("2023-01-09T10:00:00"),
                List.of(new Pause(at("2023-01-11T15:00:00"), at("2023-01-25T15:00:00"))), 0);
        assertEquals(LocalDate.parse("2023-01-28"), clock.countFrom(t));
        assertEquals(LocalDate.parse("2023-02-16"), clock.dueDate(t));

        Explanation e = clock.explain(t);
        assertEquals(Counting.SUPERSEDED, day(e, "2023-01-10").counting());
        assertEquals(Counting.SUPERSEDED, day(e, "2023-01-11").counting());
        assertEquals(Counting.PAUSED, day(e, "2023-01-12").counting());
        assertEquals(Counting.PAUSED, day(e, "2023-01-27").counting());
        assertEquals(Counting.RECEIPT, day(e, "2023-01-28").counting());
        assertEquals(1, day(e, "2023-01-29").count());
        assertEquals(DayType.MAKE_UP_WORKING_DAY, day(e, "2023-01-29").dayType());
        assertEquals(15, day(e, "2023-02-16").count());
    }

    @Test
    void whileWaitingForTheClarificationThereIsNoDueDate() {
        Timeline t = new Timeline(at("2023-01-09T10:00:00"), List.of(new Pause(at("2023-01-11T15:00:00"), null)), 0);
        assertTrue(t.paused());
        assertNull(clock.dueDate(t));
        Explanation e = clock.explain(t);
        assertTrue(e.paused());
        assertNull(e.dueDate());
        assertEquals(LocalDate.parse("2023-01-11"), e.days().get(e.days().size() - 1).date());
    }

    @Test
    void anExtensionAcrossNationalDayEndsOnTheMakeUpSaturday() {
        // received Mon 9 Sep 2024: Sat 14 Sep worked, 15-17 Sep off, Sun 29 Sep worked: regular due Mon 30 Sep;
        // 5 more working days skip 1-7 Oct and end on Sat 12 Oct, a make-up working day
        Timeline t = new Timeline(at("2024-09-09T10:00:00"), List.of(), 5);
        Explanation e = clock.explain(t);
        assertEquals(LocalDate.parse("2024-09-30"), e.regularDueDate());
        assertEquals(LocalDate.parse("2024-10-12"), e.dueDate());
        assertEquals(LocalDate.parse("2024-10-12"), clock.dueDate(t));
        assertEquals(Counting.EXTENSION, day(e, "2024-10-08").counting());
        Day saturday = day(e, "2024-10-12");
        assertEquals(Counting.EXTENSION, saturday.counting());
        assertEquals(DayType.MAKE_UP_WORKING_DAY, saturday.dayType());
        assertTrue(saturday.reason().contains("extension working day 5"), saturday.reason());
    }

    @Test
    void aRequestAfterOfficeHoursCountsFromTheNextWorkingDay() {
        // Fri 30 Sep 2022 17:30: the next working day is the make-up Saturday 8 Oct
        Timeline t = Timeline.of(at("2022-09-30T17:30:00"));
        assertEquals(LocalDate.parse("2022-10-08"), clock.effectiveReceipt(t.receivedAt()));
        assertEquals(LocalDate.parse("2022-10-27"), clock.dueDate(t));
        Explanation e = clock.explain(t);
        assertTrue(e.effectiveReceiptReason().contains("after office hours"), e.effectiveReceiptReason());
        assertEquals(Counting.BEFORE_RECEIPT, day(e, "2022-09-30").counting());
        assertEquals(Counting.BEFORE_RECEIPT, day(e, "2022-10-03").counting());
        assertEquals(Counting.RECEIPT, day(e, "2022-10-08").counting());
        assertEquals(1, day(e, "2022-10-09").count());
    }

    @Test
    void officeHoursOpenAtEightAndCloseAtFive() {
        assertEquals(LocalDate.parse("2022-09-30"), clock.effectiveReceipt(at("2022-09-30T08:00:00")));
        assertEquals(LocalDate.parse("2022-10-08"), clock.effectiveReceipt(at("2022-09-30T17:00:00")));
        assertEquals(LocalDate.parse("2022-09-30"), clock.effectiveReceipt(at("2022-09-29T07:59:00")));
    }

    @Test
    void aRequestOnAWeekendCountsFromMonday() {
        Explanation e = clock.explain(Timeline.of(at("2022-10-15T10:00:00")));
        assertEquals(LocalDate.parse("2022-10-17"), e.effectiveReceipt());
        assertTrue(e.effectiveReceiptReason().contains("on a weekend"), e.effectiveReceiptReason());
    }

    @Test
    void overdueStartsTheDayAfterTheDueDate() {
        LocalDate due = LocalDate.parse("2022-10-26");
        assertFalse(RequestClock.overdue(due, true, due));
        assertTrue(RequestClock.overdue(due, true, due.plusDays(1)));
        assertFalse(RequestClock.overdue(due, false, due.plusDays(1)), "a paused or finished request is never overdue");
    }

    @Test
    void anExtensionAddsOneToTheMaximum() {
        clock.checkExtension(1);
        clock.checkExtension(15);
        assertEquals(400, assertThrows(ProblemException.class, () -> clock.checkExtension(16)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> clock.checkExtension(0)).status());
    }

    @Test
    void theReplyPeriodIsASetting() {
        RequestClock twenty = new RequestClock(OfficialCalendars.workingDays(), OfficialCalendars.NAMES,
                new RequestClock.Settings(20, 20, clock.settings().hours()));
        // five working days after 26 Oct 2022
        assertEquals(LocalDate.parse("2022-11-02"), twenty.dueDate(Timeline.of(at("2022-09-30T10:00:00"))));
    }
}
