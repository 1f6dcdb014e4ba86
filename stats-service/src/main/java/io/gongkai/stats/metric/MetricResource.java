package io.gongkai.stats.metric;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.stats.figure.FigureAnswers;
import io.gongkai.stats.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Tag(name = "Channel statistics", description = "Figures per publication channel, pushed by source systems")
public class MetricResource {

    static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV_TYPE).build();

    private final MetricService metrics;
    private final Caller caller;
    private final FigureAnswers answers;

    public MetricResource(MetricService metrics, Caller caller, FigureAnswers answers) {
        this.metrics = metrics;
        this.caller = caller;
        this.answers = answers;
    }

    @PUT
    @Path("/metrics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"metrics:write", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "pushChannelMetric", summary = "Push a channel figure (idempotent per channel, period and source)",
            description = "A source system (a key with scope metrics:write, bound to its source) or an admin sets the count of a "
                    + "channel for a day (2022-09-01), a month (2022-09) or an academic year (AY2022). The same figure twice changes "
                    + "nothing; a new count for the same channel, period and source replaces the old one.")
    @APIResponse(responseCode = "201", description = "A new figure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricViews.Metric.class)))
    @APIResponse(responseCode = "200", description = "An existing figure, updated or unchanged (see result)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricViews.Metric.class)))
    public Response push(@Valid @NotNull MetricViews.Push push) {
        MetricViews.Metric stored = metrics.push(push, caller);
        return Response.status("created".equals(stored.result()) ? 201 : 200).entity(stored).build();
    }

    @GET
    @Path("/channels")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getChannelStatistics", summary = "Totals per channel for an academic year or a date range, as a series on request",
            description = "year= (the academic year that ends in it) or from= and to=. A channel counts its item postings or, where a "
                    + "system pushes its figure, the pushed counts, never both. unit= or category= narrow the figures to the item "
                    + "postings of one unit or checklist category (pushed figures belong to no unit). granularity= adds a series: the "
                    + "same totals per day, ISO week, month, calendar year or academic year (AY2022: 1 Sep 2021 .. 31 Aug 2022) of the period. Accept: text/csv gives the same figures as "
                    + "CSV (channel,count; with a series period,from,to,channel,count,source). Answers carry an ETag: If-None-Match "
                    + "with it gives 304 while the figures are the same.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "the ETag of an earlier answer: 304 while the figures are the same",
            schema = @Schema(type = SchemaType.STRING), example = "\"3f1c9a0b7d2e4f65a1b2c3d4e5f60718\"")
    @APIResponse(responseCode = "200", description = "Totals per channel",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricViews.ChannelStatistics.class)),
                       @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, example = "channel,count\r\nEXTERNAL_MEDIA,300\r\n"))},
            headers = {@Header(name = "ETag", description = "the figures' version in this representation",
                               schema = @Schema(type = SchemaType.STRING, example = "\"3f1c9a0b7d2e4f65a1b2c3d4e5f60718\"")),
                       @Header(name = "Cache-Control", description = "how long a cache may keep the answer",
                               schema = @Schema(type = SchemaType.STRING, example = "max-age=60")),
                       @Header(name = "Content-Disposition", description = "with CSV: the file name to save it as",
                               schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"channels.csv\""))})
    @APIResponse(responseCode = "304", description = "The figures are those of the ETag given in If-None-Match",
            headers = {@Header(name = "ETag", description = "the figures' version", schema = @Schema(type = SchemaType.STRING,
                               example = "\"3f1c9a0b7d2e4f65a1b2c3d4e5f60718\"")),
                       @Header(name = "Cache-Control", description = "how long a cache may keep the answer",
                               schema = @Schema(type = SchemaType.STRING, example = "max-age=60"))})
    public Response channels(
            @Parameter(description = "report year Y: 1 Sep Y-1 .. 31 Aug Y", example = "2022") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "first day, inclusive", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "last day, inclusive", example = "2022-08-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "adds a series of the totals per day, ISO week (Monday to Sunday), month, calendar year or academic year",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"day", "week", "month", "year", "academic_year"}, example = "month"))
            @QueryParam("granularity") Buckets.Granularity granularity,
            @Parameter(description = "only the item postings of this unit (its code)", example = "ADMISSIONS")
            @QueryParam("unit") @Size(max = 40) @jakarta.validation.constraints.Pattern(regexp = "([A-Z][A-Z0-9_]*)?",
                    message = "must be a unit code such as ADMISSIONS") String unit,
            @Parameter(description = "only the item postings of this checklist category", example = "2")
            @QueryParam("category") @Min(1) @Max(99) Integer category,
            @Context Request request) {
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, true);
        MetricViews.ChannelStatistics statistics;
        try {
            statistics = metrics.figures(period.from(), period.to(), unit == null || unit.isEmpty() ? null : unit, category, granularity);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("granularity", e.getMessage());
        }
        Variant variant = request.selectVariant(VARIANTS);
        boolean csv = variant != null && variant.getMediaType().isCompatible(CSV_TYPE);
        if (!csv) {
            return answers.json(request, statistics);
        }
        return answers.builder(request, csv(statistics), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"channels.csv\"").build();
    }

    private static String csv(MetricViews.ChannelStatistics statistics) {
        StringWriter out = new StringWriter();
        boolean series = statistics.granularity() != null;
        String[] header = series ? new String[] {"period", "from", "to", "channel", "count", "source"} : new String[] {"channel", "count"};
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            if (series) {
                for (MetricViews.ChannelPoint point : statistics.series()) {
                    for (MetricViews.ChannelTotal total : point.channels()) {
                        printer.printRecord(point.period(), point.from(), point.to(), total.channel(), total.count(), total.source());
                    }
                }
            } else {
                for (MetricViews.ChannelTotal total : statistics.channels()) {
                    printer.printRecord(total.channel(), total.count());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
