package io.gongkai.disclosure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.calendar.WorkingDays;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicationDeadlineTest {

    /** The State Council's 2022 notice (test resources: the dates it names). */
    private static WorkingDays official2022() throws IOException {
        Map<LocalDate, WorkingDays.Kind> days = new HashMap<>();
        try (InputStream in = PublicationDeadlineTest.class.getResourceAsStream("/calendar/2022.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].strip().split(",");
                days.put(LocalDate.parse(f[0]), WorkingDays.Kind.valueOf(f[1].toUpperCase(Locale.ROOT)));
            }
        }
        return new WorkingDays(days);
    }

    private static PublicationDeadline official(int limit) throws IOException {
        return new PublicationDeadline(official2022(), limit, PublicationDeadline.Counted.OFFICIAL);
    }

    @Test
    void twentyWorkingDaysAcrossTheNationalDayWeekSkipTheHolidaysAndCountTheMakeUpWeekend() throws IOException {
        // 9-27..9-30 (4), 10-01..10-07 off, Sat 10-08 and Sun 10-09 worked (6), then 14 weekdays
        assertEquals(LocalDate.of(2022, 10, 27), official(20).dueDate(LocalDate.of(2022, 9, 26)));
        assertEquals(LocalDate.of(2022, 10, 24), PublicationDeadline.mondayToFriday(20).dueDate(LocalDate.of(2022, 9, 26)));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() throws IOException {
        assertEquals(LocalDate.of(2022, 10, 8), official(1).dueDate(LocalDate.of(2022, 9, 30)));
        assertEquals(LocalDate.of(2022, 10, 3), PublicationDeadline.mondayToFriday(1).dueDate(LocalDate.of(2022, 9, 30)));
    }

    @Test
    void informationProducedOnAHolidayStartsCountingAfterIt() throws IOException {
        // produced on 10-03 (a holiday): the first working day counted is Sat 10-08
        assertEquals(LocalDate.of(2022, 10, 9), official(2).dueDate(LocalDate.of(2022, 10, 3)));
    }

    @Test
    void lateIsAfterTheDueDateInTheOfficialCalendar() throws IOException {
        LocalDate produced = LocalDate.of(2022, 9, 26);
        assertFalse(official(20).late(produced, LocalDate.of(2022, 10, 27)));
        assertTrue(official(20).late(produced, LocalDate.of(2022, 10, 28)));
        assertTrue(PublicationDeadline.mondayToFriday(20).late(produced, LocalDate.of(2022, 10, 26)));
    }

    @Test
    void theMayDayMakeUpDaysCountToo() throws IOException {
        // produced Mon 05-02 (holiday): 05-05, 05-06, Sat 05-07 (worked), then weekdays: the 20th is 05-31
        assertEquals(LocalDate.of(2022, 5, 31), official(20).dueDate(LocalDate.of(2022, 5, 2)));
    }
}
