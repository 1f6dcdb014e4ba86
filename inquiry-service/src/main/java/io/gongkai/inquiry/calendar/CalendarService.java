package io.gongkai.inquiry.calendar;

import io.gongkai.commons.calendar.WorkingDays;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class CalendarService {

    private final WorkingDays.OfficeHours officeHours;
    private final int replyWorkingDays;
    private final Event<CalendarChanged> changed;

    public CalendarService(@ConfigProperty(name = "gongkai.requests.office-opens", defaultValue = "08:00") LocalTime opens,
                           @ConfigProperty(name = "gongkai.requests.office-closes", defaultValue = "17:00") LocalTime closes,
                           @ConfigProperty(name = "gongkai.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
                           @ConfigProperty(name = "gongkai.requests.reply-working-days", defaultValue = "15") int replyWorkingDays,
                           Event<CalendarChanged> changed) {
        this.officeHours = new WorkingDays.OfficeHours(opens, closes, zone);
        this.replyWorkingDays = replyWorkingDays;
        this.changed = changed;
    }

    public CalendarViews.Calendar get(int year) {
        CalendarYear entered = CalendarYear.<CalendarYear>findByIdOptional(year)
                .orElseThrow(() -> ProblemException.notFound("The calendar of " + year));
        return view(entered, workingDays());
    }

    public List<Integer> years() {
        return CalendarYear.<CalendarYear>listAll().stream().map(y -> y.year).sorted().toList();
    }

    @Transactional
    public CalendarViews.Calendar replace(int year, CalendarViews.CalendarRequest request, String ifMatch) {
        validate(year, request.days());
        CalendarYear entered = CalendarYear.findById(year);
        if (entered == null) {
            entered = new CalendarYear();
            entered.year = year;
        } else {
            ETags.requireMatch(ifMatch, entered.version);
        }
        entered.source = request.source().strip();
        entered.updatedAt = OffsetDateTime.now();
        entered.persist();
        CalendarDay.delete("noticeYear", year);
        CalendarDay.flush();
        for (CalendarViews.Day day : request.days()) {
            // a date an earlier notice also named (the New Year block) belongs to the newest notice
            CalendarDay row = CalendarDay.findById(day.date());
            if (row == null) {
                row = new CalendarDay();
                row.day = day.date();
            }
            row.kind = day.kind();
            row.name = day.name().strip();
            row.noticeYear = year;
            row.persist();
        }
        CalendarYear.flush();
        // open requests recompute their due dates in this same transaction
        changed.fire(new CalendarChanged(year));
        return view(entered, workingDays());
    }

    /** The statutory due date of a request received at {@code receivedAt}, from the calendar as entered. */
    public CalendarViews.DueDate dueDate(OffsetDateTime receivedAt) {
        WorkingDays days = workingDays();
        ZonedDateTime received = receivedAt.atZoneSameInstant(officeHours.zone());
        LocalDate effective = days.effectiveReceipt(received, officeHours);
        LocalDate due = days.addWorkingDays(effective, replyWorkingDays);
        Set<Integer> entered = new HashSet<>(years());
        for (int y = received.getYear(); y <= due.getYear(); y++) {
            if (!entered.contains(y)) {
                throw new ProblemException(422, "calendar-missing", "Calendar missing",
                        "The holiday calendar of " + y + " has not been entered; the due date cannot be computed");
            }
        }
        return new CalendarViews.DueDate(receivedAt.toString(), effective, replyWorkingDays, due);
    }

    /** The names the notices give their dates (国庆节), for explanations. */
    public Map<LocalDate, String> dayNames() {
        Map<LocalDate, String> names = new HashMap<>();
        for (CalendarDay day : days()) {
            names.put(day.day, day.name);
        }
        return names;
    }

    public WorkingDays.OfficeHours officeHours() {
        return officeHours;
    }

    public WorkingDays workingDays() {
        Map<LocalDate, WorkingDays.Kind> exceptions = new HashMap<>();
        for (CalendarDay day : days()) {
            exceptions.put(day.day, day.kind);
        }
        return new WorkingDays(exceptions);
    }

    /** Every entered day, read-only: a flush of the transaction (an intake's, under its counter lock) skips them. */
    private static List<CalendarDay> days() {
        return CalendarDay.<CalendarDay>findAll().withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    private CalendarViews.Calendar view(CalendarYear entered, WorkingDays days) {
        List<CalendarViews.Day> listed = CalendarDay.<CalendarDay>list("noticeYear = ?1 order by day", entered.year).stream()
                .map(d -> new CalendarViews.Day(d.day, d.kind, d.name)).toList();
        int working = 0;
        for (LocalDate d = LocalDate.of(entered.year, 1, 1); d.getYear() == entered.year; d = d.plusDays(1)) {
            if (days.isWorkingDay(d)) {
                working++;
            }
        }
        return new CalendarViews.Calendar(entered.year, entered.source, entered.version, working, listed);
    }

    private static void validate(int year, List<CalendarViews.Day> days) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarViews.Day day = days.get(i);
            String field = "days[" + i + "].date";
            boolean inYear = day.date().getYear() == year;
            boolean newYearBlock = day.date().getYear() == year - 1 && day.date().getMonthValue() == 12;
            if (!inYear && !newYearBlock) {
                throw ProblemException.invalid(field, "must fall in " + year + " (or late December before it)");
            }
            if (!seen.add(day.date())) {
                throw ProblemException.invalid(field, "is listed twice");
            }
            DayOfWeek dow = day.date().getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            if (day.kind() == WorkingDays.Kind.WORKDAY && !weekend) {
                throw ProblemException.invalid("days[" + i + "].kind", "WORKDAY is for a weekend day worked, and "
                        + day.date() + " is a " + dow.name().toLowerCase());
            }
        }
    }

}
