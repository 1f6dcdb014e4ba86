package io.gongkai.console.workbench;

import io.gongkai.console.api.ApiViews;
import io.gongkai.console.api.ConsoleApi;
import io.gongkai.console.page.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * Working days left until a due date, on the official calendar inquiry-service keeps (its public
 * {@code /api/v1/calendar/{year}}: holidays and make-up working days); a year without a calendar counts Mon–Fri. The
 * calendar is public and the same for everyone, so it is kept for an hour.
 */
@ApplicationScoped
public class WorkingDays {

    private static final long KEEP_SECONDS = 3600;

    private record Year(long fetchedAt, Map<LocalDate, String> special) {
    }

    private final ConsoleApi api;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    public WorkingDays(@RestClient ConsoleApi api) {
        this.api = api;
    }

    /** How urgent something due on {@code due} is, seen today in Beijing. */
    public Urgency urgency(LocalDate due, boolean overdue) {
        if (due == null) {
            return new Urgency(null, "", "");
        }
        LocalDate today = LocalDate.now(Formats.ZONE);
        if (overdue || due.isBefore(today)) {
            int late = between(due, today);
            return new Urgency(-late, late == 0 ? "已逾期" : "已逾期 " + late + " 个工作日", "overdue");
        }
        int left = between(today, due);
        if (left == 0) {
            return new Urgency(0, "今天到期", "due-soon");
        }
        return new Urgency(left, "剩 " + left + " 个工作日", left <= 3 ? "due-soon" : "");
    }

    /** Working days after {@code from} up to and including {@code to}. */
    int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to) && count < 400; d = d.plusDays(1)) {
            if (working(d)) {
                count++;
            }
        }
        return count;
    }

    private boolean working(LocalDate day) {
        String kind = special(day.getYear()).get(day);
        if (kind != null) {
            return kind.equals("WORKDAY");
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, String> special(int year) {
        long now = Instant.now().getEpochSecond();
        Year known = years.get(year);
        if (known != null && now - known.fetchedAt() < KEEP_SECONDS) {
            return known.special();
        }
        Map<LocalDate, String> special = new HashMap<>();
        try {
            ApiViews.CalendarYear calendar = api.calendar(year);
            if (calendar.days() != null) {
                calendar.days().forEach(d -> special.put(d.date(), d.kind()));
            }
        } catch (ClientWebApplicationException | jakarta.ws.rs.ProcessingException notEntered) {
            // a year whose notice is not entered yet (404), or a calendar not reachable: Mon–Fri, asked again later
        }
        years.put(year, new Year(now, Map.copyOf(special)));
        return special;
    }

    /** {@code daysLeft} negative when late; {@code css} "overdue", "due-soon" or "". */
    public record Urgency(Integer daysLeft, String text, String css) {
    }
}
