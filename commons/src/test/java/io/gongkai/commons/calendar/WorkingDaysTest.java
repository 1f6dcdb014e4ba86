package io.gongkai.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDays.OfficeHours HOURS =
            new WorkingDays.OfficeHours(LocalTime.of(8, 0), LocalTime.of(17, 0), SHANGHAI);

    /** The autumn of 2022 as the State Council notice has it: 中秋 and 国庆 with two make-up weekend days. */
    private static WorkingDays autumn2022() {
        Map<LocalDate, WorkingDays.Kind> days = new HashMap<>();
        for (int d = 10; d <= 12; d++) {
            days.put(LocalDate.of(2022, 9, d), WorkingDays.Kind.HOLIDAY);
        }
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2022, 10, d), WorkingDays.Kind.HOLIDAY);
        }
        days.put(LocalDate.of(2022, 10, 8), WorkingDays.Kind.WORKDAY);
        days.put(LocalDate.of(2022, 10, 9), WorkingDays.Kind.WORKDAY);
        return new WorkingDays(days);
    }

    @Test
    void theRulesExampleFallsDueOnOctober26() {
        ZonedDateTime received = ZonedDateTime.of(2022, 9, 30, 10, 0, 0, 0, SHANGHAI);
        assertEquals(LocalDate.of(2022, 10, 26), autumn2022().dueDate(received, HOURS, 15));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        WorkingDays days = autumn2022();
        assertTrue(days.isWorkingDay(LocalDate.of(2022, 10, 8)));
        assertFalse(days.isWorkingDay(LocalDate.of(2022, 10, 3)));
        assertFalse(days.isWorkingDay(LocalDate.of(2022, 10, 15)));
        assertTrue(days.isWorkingDay(LocalDate.of(2022, 10, 14)));
    }

    @Test
    void outsideOfficeHoursTheClockStartsOnTheNextWorkingDay() {
        ZonedDateTime evening = ZonedDateTime.of(2022, 9, 29, 17, 0, 0, 0, SHANGHAI);
        assertEquals(LocalDate.of(2022, 9, 30), autumn2022().effectiveReceipt(evening, HOURS));
        ZonedDateTime early = ZonedDateTime.of(2022, 9, 29, 7, 59, 0, 0, SHANGHAI);
        assertEquals(LocalDate.of(2022, 9, 30), autumn2022().effectiveReceipt(early, HOURS));
        ZonedDateTime opening = ZonedDateTime.of(2022, 9, 29, 8, 0, 0, 0, SHANGHAI);
        assertEquals(LocalDate.of(2022, 9, 29), autumn2022().effectiveReceipt(opening, HOURS));
    }

    @Test
    void aRequestOnAHolidayCountsFromTheFirstWorkingDayAfterIt() {
        ZonedDateTime national = ZonedDateTime.of(2022, 10, 3, 10, 0, 0, 0, SHANGHAI);
        assertEquals(LocalDate.of(2022, 10, 8), autumn2022().effectiveReceipt(national, HOURS));
        // the first day counted is Sun 10-09, itself a make-up working day
        assertEquals(LocalDate.of(2022, 10, 27), autumn2022().dueDate(national, HOURS, 15));
    }

    @Test
    void receiptTimeIsJudgedInShanghaiWhateverTheOffsetSent() {
        // 01:30 UTC is 09:30 in Shanghai: inside office hours
        ZonedDateTime utc = ZonedDateTime.of(2022, 9, 30, 1, 30, 0, 0, ZoneId.of("UTC"));
        assertEquals(LocalDate.of(2022, 9, 30), autumn2022().effectiveReceipt(utc, HOURS));
    }

    @Test
    void aMakeUpWorkingSaturdayCanBeTheDueDate() {
        // received Fri 2022-09-09 in hours: the 15th working day after it is Sat 10-08 (worked)
        ZonedDateTime received = ZonedDateTime.of(2022, 9, 9, 9, 0, 0, 0, SHANGHAI);
        assertEquals(LocalDate.of(2022, 10, 8), autumn2022().dueDate(received, HOURS, 15));
    }

    @Test
    void zeroDaysIsTheStartAndNegativeIsRefused() {
        LocalDate start = LocalDate.of(2022, 9, 30);
        assertEquals(start, autumn2022().addWorkingDays(start, 0));
        assertThrows(IllegalArgumentException.class, () -> autumn2022().addWorkingDays(start, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingDays.OfficeHours(LocalTime.of(17, 0), LocalTime.of(8, 0), SHANGHAI));
    }
}
