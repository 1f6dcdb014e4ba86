package io.gongkai.disclosure.calendar;

import io.gongkai.commons.calendar.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The publication rule counted in the official calendar of the years a count runs through. Each year's
 * calendar is kept a few minutes (a Mon–Fri fallback only seconds, so that the official one returns soon
 * after inquiry-service does): item writes and coverage ask for it often, and it changes once a year.
 */
@ApplicationScoped
public class PublicationDeadlines {

    static final Duration KEEP_OFFICIAL = Duration.ofMinutes(5);
    static final Duration KEEP_FALLBACK = Duration.ofSeconds(30);

    private final InquiryCalendar calendar;
    private final int limit;
    private final Map<Integer, Kept> years = new ConcurrentHashMap<>();

    private record Kept(CalendarYear year, long until) {
    }

    public PublicationDeadlines(InquiryCalendar calendar,
                                @ConfigProperty(name = "gongkai.disclosure.publish-within-working-days", defaultValue = "20")
                                int limit) {
        this.calendar = calendar;
        this.limit = limit;
    }

    /** The due date of information produced on {@code produced}. */
    public LocalDate dueDate(LocalDate produced) {
        return between(produced, produced).dueDate(produced);
    }

    /** The rule for facts produced from {@code from} to {@code to}; the year after is loaded for their due dates. */
    public PublicationDeadline between(LocalDate from, LocalDate to) {
        Map<LocalDate, WorkingDays.Kind> days = new HashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        for (int y = from.getYear(); y <= to.getYear() + 1; y++) {
            CalendarYear year = year(y);
            days.putAll(year.days());
            if (year.source() != CalendarYear.Source.OFFICIAL) {
                notes.add(year.note());
            }
        }
        PublicationDeadline.Counted counted = notes.isEmpty() ? PublicationDeadline.Counted.OFFICIAL
                : new PublicationDeadline.Counted(CalendarYear.Source.MONDAY_TO_FRIDAY, String.join("; ", notes));
        return new PublicationDeadline(new WorkingDays(days), limit, counted);
    }

    public int limit() {
        return limit;
    }

    private CalendarYear year(int y) {
        long now = System.nanoTime();
        Kept kept = years.get(y);
        if (kept != null && now - kept.until() < 0) {
            return kept.year();
        }
        CalendarYear fresh = calendar.year(y);
        Duration keep = fresh.status() == CalendarYear.Status.UNAVAILABLE ? KEEP_FALLBACK : KEEP_OFFICIAL;
        years.put(y, new Kept(fresh, now + keep.toNanos()));
        return fresh;
    }
}
