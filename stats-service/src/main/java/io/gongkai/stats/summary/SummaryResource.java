package io.gongkai.stats.summary;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.stats.casework.CaseFigures;
import io.gongkai.stats.evaluation.EvaluationFigures;
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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    public SummaryResource(MetricService channels, RequestStatistics requests, PetitionFigures petitions, CaseFigures cases,
                           EvaluationFigures evaluations) {
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
                    + "reviews and lawsuits (table 四), evaluations. All from pre-aggregated counts.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)))
    public Summary summary(
            @Parameter(description = "report year Y: 1 Sep Y-1 .. 31 Aug Y", example = "2022") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "first day, inclusive", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "last day, inclusive", example = "2022-08-31") @QueryParam("to") LocalDate to) {
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, true);
        return new Summary(period.from(), period.to(), channels.totals(period.from(), period.to()), requests.of(period),
                petitions.of(period), cases.of(period), evaluations.of(period));
    }
}
