package io.gongkai.disclosure.calendar;

import io.gongkai.commons.calendar.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one way to inquiry-service's calendar: a short timeout, one retry (a read), a circuit breaker so
 * that an outage costs no waiting, and a fallback that says the count is Mon–Fri. Callers go through
 * {@link PublicationDeadlines}, which keeps the answers for a few minutes.
 */
@ApplicationScoped
public class InquiryCalendar {

    private static final Logger LOG = Logger.getLogger(InquiryCalendar.class);

    private final CalendarClient client;

    public InquiryCalendar(@RestClient CalendarClient client) {
        this.client = client;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, delayUnit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public CalendarYear year(int year) {
        CalendarClient.Calendar calendar;
        try {
            calendar = client.year(year);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return CalendarYear.notEntered(year); // an answer, not an outage
            }
            throw e;
        }
        Map<LocalDate, WorkingDays.Kind> days = new HashMap<>();
        if (calendar.days() != null) {
            calendar.days().forEach(d -> days.put(d.date(), d.kind()));
        }
        return CalendarYear.official(year, days);
    }

    CalendarYear unavailable(int year) {
        LOG.warnf("inquiry-service's calendar of %d could not be read; counting Mon–Fri", year);
        return CalendarYear.unavailable(year);
    }
}
