package io.gongkai.inquiry.calendar;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Official holidays and make-up working days (调休) that drive the statutory clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private static final String YEAR_DESCRIPTION = "the calendar year";

    private final CalendarService calendar;

    public CalendarResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "listCalendarYears", summary = "The years whose holiday calendar has been entered",
            description = "Public. A year not listed counts Mon–Fri as working days until its calendar is entered.")
    @APIResponse(responseCode = "200", description = "Years, ascending",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Integer.class, example = "[2022, 2023]")))
    public List<Integer> years() {
        return calendar.years();
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "getCalendar", summary = "The special days of one year and its number of working days",
            description = "Public: the holidays and make-up working days (调休) of the State Council's notice for the year; every other "
                    + "Mon–Fri is a working day.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(schema = @Schema(implementation = CalendarViews.Calendar.class)),
            headers = @Header(name = "ETag", description = "the calendar's version, for If-Match", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")))
    @APIResponse(responseCode = "404", description = "That year has not been entered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = YEAR_DESCRIPTION, example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        CalendarViews.Calendar found = calendar.get(year);
        return Response.ok(found).tag(ETags.of(found.version())).build();
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "putCalendar", summary = "Enter or replace the calendar of a year (admin), from the State Council's notice",
            description = "Open requests get their due dates (and clarification and fee deadlines) recounted, each change in their history.")
    @APIResponse(responseCode = "200", description = "The calendar as stored", content = @Content(schema = @Schema(implementation = CalendarViews.Calendar.class)),
            headers = @Header(name = "ETag", description = "the calendar's new version", schema = @Schema(type = SchemaType.STRING, example = "\"4\"")))
    @APIResponse(responseCode = "400", description = "A date outside the year, listed twice, or a weekday marked WORKDAY",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@Parameter(description = YEAR_DESCRIPTION, example = "2027") @PathParam("year") @Min(2000) @Max(2100) int year,
                            @Parameter(description = "the ETag of the calendar read before changing it; left out, the change is unconditional",
                                    example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull CalendarViews.CalendarRequest request) {
        CalendarViews.Calendar stored = calendar.replace(year, request, ifMatch);
        return Response.ok(stored).tag(ETags.of(stored.version())).build();
    }

    @GET
    @Path("/due-date")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "computeDueDate", summary = "The statutory due date of a request received at a given time (15 working days by default)",
            description = "Public: the effective receipt day (the day received if a working day within office hours, else the next "
                    + "working day) and the due date, counted on the entered calendars.")
    @APIResponse(responseCode = "200", description = "Effective receipt date and due date",
            content = @Content(schema = @Schema(implementation = CalendarViews.DueDate.class)))
    @APIResponse(responseCode = "400", description = "receivedAt is missing or not ISO-8601 with an offset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A year the clock runs through has no calendar yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarViews.DueDate dueDate(@Parameter(description = "when the request was received, ISO-8601 with an offset", required = true,
            example = "2022-09-30T10:00:00+08:00", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                         @QueryParam("receivedAt") String receivedAt) {
        if (receivedAt == null || receivedAt.isBlank()) {
            throw ProblemException.invalid("receivedAt", "is required");
        }
        try {
            return calendar.dueDate(OffsetDateTime.parse(receivedAt.trim()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("receivedAt", "must be ISO-8601 with an offset, e.g. 2022-09-30T10:00:00+08:00");
        }
    }
}
