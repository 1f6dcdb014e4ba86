package io.gongkai.inquiry.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A warning in {@code /q/health} for the admin, never a reason to take the service out of rotation: the
 * check is always UP and says in its data whether next year's calendar is missing ({@link NextYearCalendar}).
 */
@Readiness
@ApplicationScoped
public class NextYearCalendarCheck implements HealthCheck {

    private final CalendarService calendar;

    public NextYearCalendarCheck(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    @ActivateRequestContext
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder up = HealthCheckResponse.named("next-year-calendar").up();
        LocalDate today = LocalDate.now(calendar.officeHours().zone());
        try {
            NextYearCalendar.warning(today, calendar.years()).ifPresentOrElse(
                    w -> up.withData("warning", w).withData("missingYear", today.getYear() + 1),
                    () -> up.withData("warning", "none"));
        } catch (RuntimeException e) {
            // the database check reports an outage; this one only warns
            up.withData("warning", "unknown: the calendar could not be read");
        }
        return up.build();
    }
}
