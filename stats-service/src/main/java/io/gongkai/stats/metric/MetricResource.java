package io.gongkai.stats.metric;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.Problem;
import io.gongkai.stats.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Tag(name = "Channel statistics", description = "Figures per publication channel, pushed by source systems")
public class MetricResource {

    private final MetricService metrics;
    private final Caller caller;

    public MetricResource(MetricService metrics, Caller caller) {
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
        MetricViews.Metric stored = metrics.push(push, caller);
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
    public Response channels(
            @Parameter(description = "report year Y: 1 Sep Y-1 .. 31 Aug Y", example = "2022") @QueryParam("year") Integer year,
            @Parameter(description = "first day, inclusive", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "last day, inclusive", example = "2022-08-31") @QueryParam("to") LocalDate to,
            @HeaderParam("Accept") String accept) {
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, true);
        LocalDate start = period.from();
        LocalDate end = period.to();
        MetricViews.ChannelStatistics statistics = metrics.totals(start, end);
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(csv(statistics), "text/csv; charset=UTF-8").build();
        }
        return Response.ok(statistics, MediaType.APPLICATION_JSON).build();
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
