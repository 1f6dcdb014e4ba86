package io.gongkai.disclosure.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays rule = WorkingDays.mondayToFriday(20);

    @Test
    void twentyWorkingDaysAreFourWeeksFromAMonday() {
        // Monday 2022-05-02 produced: the day itself is not counted; 20 working days end on Monday 2022-05-30
        assertEquals(LocalDate.of(2022, 5, 30), rule.dueDate(LocalDate.of(2022, 5, 2)));
    }

    @Test
    void weekendProductionStartsCountingOnMonday() {
        // Saturday 2022-05-07: first working day Monday 05-09, 20th is Friday 06-03
        assertEquals(LocalDate.of(2022, 6, 3), rule.dueDate(LocalDate.of(2022, 5, 7)));
    }

    @Test
    void fridayProduction() {
        assertEquals(LocalDate.of(2022, 10, 28), rule.dueDate(LocalDate.of(2022, 9, 30)));
    }

    @Test
    void publishedOnTheDueDateIsInTimeTheDayAfterIsLate() {
        LocalDate produced = LocalDate.of(2022, 5, 2);
        assertFalse(rule.late(produced, LocalDate.of(2022, 5, 30)));
        assertTrue(rule.late(produced, LocalDate.of(2022, 5, 31)));
        assertFalse(rule.late(produced, produced));
    }

    @Test
    void limitAndDaysAreConfigurable() {
        WorkingDays sixDays = new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), 6);
        assertEquals(LocalDate.of(2022, 5, 9), sixDays.dueDate(LocalDate.of(2022, 5, 2)));
        assertEquals(LocalDate.of(2022, 5, 2), WorkingDays.mondayToFriday(0).dueDate(LocalDate.of(2022, 5, 2)));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(EnumSet.noneOf(DayOfWeek.class), 20));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.mondayToFriday(-1));
    }
}
