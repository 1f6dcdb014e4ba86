package io.gongkai.disclosure.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gongkai.commons.calendar.WorkingDays;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** inquiry-service's working-day calendar (it owns the State Council's holiday notices). Use it through {@link InquiryCalendar}. */
@Path("/api/v1/calendar")
@RegisterRestClient(configKey = "calendar")
@Produces(MediaType.APPLICATION_JSON)
public interface CalendarClient {

    /** The special days of one year; a year not entered yet is a 404. */
    @GET
    @Path("/{year}")
    Calendar year(@PathParam("year") int year);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Calendar(int year, String source, List<Day> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(LocalDate date, WorkingDays.Kind kind, String name) {
    }
}
