package io.gongkai.disclosure.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.disclosure.calendar.PublicationDeadline;
import io.gongkai.disclosure.item.ItemStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final LocalDate FROM = LocalDate.of(2021, 9, 1);
    private static final LocalDate TO = LocalDate.of(2022, 8, 31);
    private static final LocalDate TODAY = LocalDate.of(2022, 11, 1);
    private static final List<Coverage.ChecklistEntry> CHECKLIST = List.of(
            new Coverage.ChecklistEntry("1", 1, "基本信息", "办学基本情况", 1),
            new Coverage.ChecklistEntry("2", 1, "基本信息", "学校章程", 2),
            new Coverage.ChecklistEntry("7", 2, "招生考试信息", "招生章程", 7),
            new Coverage.ChecklistEntry("15", 3, "财务、资产及收费信息", "财务制度", 15));

    private static Coverage.Fact published(String item, String unit, LocalDate on, LocalDate produced) {
        return new Coverage.Fact(item, unit, ItemStatus.PUBLISHED, on, produced, List.of("PORTAL"));
    }

    private Coverage.Report compute(List<Coverage.Fact> facts, boolean gapsFirst) {
        return Coverage.compute("2014", 2022, FROM, TO, CHECKLIST, facts, List.of(), PublicationDeadline.mondayToFriday(20), TODAY,
                gapsFirst);
    }

    @Test
    void countsUnitsAndGaps() {
        Coverage.Report report = compute(List.of(
                published("7", "ADMISSIONS", LocalDate.of(2022, 5, 20), null),
                published("7", "GRADUATE_SCHOOL", LocalDate.of(2022, 3, 1), null),
                published("15", "FINANCE", LocalDate.of(2021, 9, 1), null)), false);
        assertEquals(4, report.items());
        assertEquals(2, report.covered());
        assertEquals(2, report.gaps());
        Coverage.Entry seven = report.entries().get(2);
        assertEquals("7", seven.itemNo());
        assertTrue(seven.covered());
        assertEquals(2, seven.count());
        assertEquals(List.of("ADMISSIONS", "GRADUATE_SCHOOL"), seven.units());
        assertEquals(LocalDate.of(2022, 5, 20), seven.lastPublishedOn());
        assertFalse(report.entries().get(0).covered());
    }

    @Test
    void publicationsOutsideThePeriodDoNotCount() {
        Coverage.Report report = compute(List.of(
                published("1", "HR", LocalDate.of(2021, 8, 31), null),
                published("2", "HR", LocalDate.of(2022, 9, 1), null)), false);
        assertEquals(0, report.covered());
    }

    @Test
    void latePublicationAndOverdueDraftAreOverdue() {
        Coverage.Report report = compute(List.of(
                // produced Mon 2022-05-02, due 05-30, published 06-10: late
                published("7", "ADMISSIONS", LocalDate.of(2022, 6, 10), LocalDate.of(2022, 5, 2)),
                // in time
                published("15", "FINANCE", LocalDate.of(2022, 5, 30), LocalDate.of(2022, 5, 2)),
                // a draft produced 2022-07-01, due 07-29, still unpublished
                new Coverage.Fact("2", "PRESIDENT_OFFICE", ItemStatus.DRAFT, null, LocalDate.of(2022, 7, 1), List.of())), false);
        assertEquals(2, report.overdue());
        assertTrue(report.entries().get(2).overdue());
        assertEquals(1, report.entries().get(2).latePublished());
        assertFalse(report.entries().get(3).overdue());
        assertTrue(report.entries().get(1).overdue());
        assertEquals(1, report.entries().get(1).overdueDrafts());
        assertFalse(report.entries().get(1).covered());
    }

    @Test
    void aDraftNotYetDueIsNotOverdue() {
        Coverage.Report report = Coverage.compute("2014", 2022, FROM, TO, CHECKLIST,
                List.of(new Coverage.Fact("2", "HR", ItemStatus.DRAFT, null, LocalDate.of(2022, 8, 20), List.of())), List.of(),
                PublicationDeadline.mondayToFriday(20), LocalDate.of(2022, 8, 25), false);
        assertEquals(0, report.overdue());
    }

    @Test
    void gapsFirstPutsUncoveredThenOverdueFirst() {
        Coverage.Report report = compute(List.of(
                published("1", "HR", LocalDate.of(2022, 1, 5), null),
                published("7", "ADMISSIONS", LocalDate.of(2022, 6, 10), LocalDate.of(2022, 5, 2))), true);
        assertEquals(List.of("2", "15", "7", "1"), report.entries().stream().map(Coverage.Entry::itemNo).toList());
    }

    @Test
    void latestAreTheNewestThree() {
        OffsetDateTime base = OffsetDateTime.parse("2022-01-01T09:00:00+08:00");
        List<Coverage.Latest> latest = List.of(
                new Coverage.Latest("7", UUID.randomUUID(), "a", base, "u1"),
                new Coverage.Latest("7", UUID.randomUUID(), "b", base.plusDays(3), "u2"),
                new Coverage.Latest("7", UUID.randomUUID(), "c", base.plusDays(1), "u3"),
                new Coverage.Latest("7", UUID.randomUUID(), "d", base.plusDays(2), "u4"));
        Coverage.Report report = Coverage.compute("2014", 2022, FROM, TO, CHECKLIST, List.of(), latest,
                PublicationDeadline.mondayToFriday(20), TODAY, false);
        assertEquals(List.of("b", "d", "c"), report.entries().get(2).latest().stream().map(Coverage.Latest::title).toList());
    }
}
