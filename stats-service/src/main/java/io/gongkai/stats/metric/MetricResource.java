package io.gongkai.stats.metric;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Tag(name = "Channel statistics", description = "Figures per publication channel, pushed by source systems")
public class MetricResource {

    private final MetricService metrics;
    private final JsonWebToken caller;

    public MetricResource(MetricService metrics, JsonWebToken caller) {
        this.metrics = metrics;
        this.caller = caller;
    }

    @PUT
    @Path("/metrics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"metrics:write", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Push a channel figure (idempotent per channel, period and source)")
    @APIResponse(responseCode = "201", description = "A new figure")
    @APIResponse(responseCode = "200", description = "An existing figure, updated or unchanged (see result)")
    @APIResponse(responseCode = "400", description = "Invalid figure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The key may not push for this source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response push(@Valid @NotNull MetricViews.Push push) {
        String boundSource = caller.getClaim("source");
        if (boundSource != null && !boundSource.equals(push.source())) {
            throw ProblemException.forbidden("This key pushes as source '" + boundSource + "' only");
        }
        if (boundSource == null && !caller.getGroups().contains("admin")) {
            throw ProblemException.forbidden("This key is not bound to a source system");
        }
        MetricViews.Metric stored = metrics.push(push);
        return Response.status("created".equals(stored.result()) ? 201 : 200).entity(stored).build();
    }

    @GET
    @Path("/channels")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Totals per channel for an academic year (year=) or a date range (from=, to=); Accept: text/csv for CSV")
    @APIResponse(responseCode = "200", description = "Totals per channel",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricViews.ChannelStatistics.class)),
                       @Content(mediaType = "text/csv", example = "channel,count\nEXTERNAL_MEDIA,300\n")})
    @APIResponse(responseCode = "400", description = "Neither a year nor a valid range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response channels(@QueryParam("year") String year, @QueryParam("from") String from, @QueryParam("to") String to,
                             @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        LocalDate start = start(year, from);
        LocalDate end = end(year, to);
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        MetricViews.ChannelStatistics statistics = metrics.totals(start, end);
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(csv(statistics), "text/csv; charset=UTF-8").build();
        }
        return Response.ok(statistics, MediaType.APPLICATION_JSON).build();
    }

    private static LocalDate start(String year, String from) {
        if (year != null) {
            return Period.academicYear(checkYear(year, from)).start();
        }
        return date("from", from);
    }

    private static LocalDate end(String year, String to) {
        if (year != null) {
            return Period.academicYear(checkYear(year, to)).end();
        }
        return date("to", to);
    }

    /** The report year: the academic year that ends in it (2022 = 1 Sep 2021 to 31 Aug 2022). */
    private static int checkYear(String text, String other) {
        if (other != null) {
            throw ProblemException.invalid("year", "give either year or from/to, not both");
        }
        if (!text.trim().matches("\\d{4}")) {
            throw ProblemException.invalid("year", "must be a year such as 2022");
        }
        int year = Integer.parseInt(text.trim());
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100");
        }
        return year;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required when no year is given");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2022-09-01");
        }
    }

    private static String csv(MetricViews.ChannelStatistics statistics) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("channel", "count").get())) {
            for (MetricViews.ChannelTotal total : statistics.channels()) {
                printer.printRecord(total.channel(), total.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
