package io.gongkai.stats.summary;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.stats.casework.CaseFigures;
import io.gongkai.stats.evaluation.EvaluationFigures;
import io.gongkai.stats.figure.FigureAnswers;
import io.gongkai.stats.metric.MetricService;
import io.gongkai.stats.metric.MetricViews;
import io.gongkai.stats.petition.PetitionFigures;
import io.gongkai.stats.request.RequestStatistics;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
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

@Path("/api/v1/stats/summary")
@Tag(name = "Statistics", description = "Figures for dashboards and the annual report")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private final MetricService channels;
    private final RequestStatistics requests;
    private final PetitionFigures petitions;
    private final CaseFigures cases;
    private final EvaluationFigures evaluations;
    private final FigureAnswers answers;

    public SummaryResource(MetricService channels, RequestStatistics requests, PetitionFigures petitions, CaseFigures cases,
                           EvaluationFigures evaluations, FigureAnswers answers) {
        this.answers = answers;
        this.channels = channels;
        this.requests = requests;
        this.petitions = petitions;
        this.cases = cases;
        this.evaluations = evaluations;
    }

    @Schema(name = "Summary", description = "Every figure of a period, as the annual report uses them")
    public record Summary(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                          @Schema(required = true) MetricViews.ChannelStatistics channels,
                          @Schema(required = true) RequestStatistics.Figures requests,
                          @Schema(required = true) PetitionFigures.Figures petitions,
                          @Schema(required = true, description = "table 四") List<CaseFigures.Row> cases,
                          @Schema(required = true) EvaluationFigures.Figures evaluations) {
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "getStatisticsSummary", summary = "Every figure of a report year or a date range",
            description = "Channel totals, requests (table 三), petitions by channel and by the report's grouping, complaints, "
                    + "reviews and lawsuits (table 四), evaluations. All from pre-aggregated counts. The answer carries an ETag: "
                    + "If-None-Match with it gives 304 while the figures are the same.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "the ETag of an earlier answer: 304 while the figures are the same",
            schema = @Schema(type = SchemaType.STRING), example = "\"3f1c9a0b7d2e4f65a1b2c3d4e5f60718\"")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)),
            headers = {@Header(name = "ETag", description = "the figures' version",
                               schema = @Schema(type = SchemaType.STRING, example = "\"3f1c9a0b7d2e4f65a1b2c3d4e5f60718\"")),
                       @Header(name = "Cache-Control", description = "how long a cache may keep the answer",
                               schema = @Schema(type = SchemaType.STRING, example = "max-age=60"))})
    @APIResponse(responseCode = "304", description = "The figures are those of the ETag given in If-None-Match",
            headers = {@Header(name = "ETag", description = "the figures' version", schema = @Schema(type = SchemaType.STRING,
                               example = "\"3f1c9a0b7d2e4f65a1b2c3d4e5f60718\"")),
                       @Header(name = "Cache-Control", description = "how long a cache may keep the answer",
                               schema = @Schema(type = SchemaType.STRING, example = "max-age=60"))})
    public Response summary(
            @Parameter(description = "report year Y: 1 Sep Y-1 .. 31 Aug Y", example = "2022") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "first day, inclusive", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "last day, inclusive", example = "2022-08-31") @QueryParam("to") LocalDate to,
            @Context Request request) {
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, true);
        return answers.json(request, new Summary(period.from(), period.to(), channels.totals(period.from(), period.to()), requests.of(period),
                petitions.of(period), cases.of(period), evaluations.of(period)));
    }
}
