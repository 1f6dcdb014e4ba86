package io.gongkai.stats.request;

import io.gongkai.commons.period.ReportPeriod;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats/requests")
@Tag(name = "Statistics", description = "Figures for dashboards and the annual report")
@Produces(MediaType.APPLICATION_JSON)
public class RequestStatisticsResource {

    private final RequestStatistics statistics;

    public RequestStatisticsResource(RequestStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "getRequestStatistics", summary = "Disclosure requests of a period, as the report's table 三",
            description = "New, carried over, ended by outcome (refusals by legal basis; WITHDRAWN for requests the applicant "
                    + "withdrew), carried forward, by applicant column, with fees; balanced says whether 一 + 二 = 三（七）+ 四 in every column.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestStatistics.Figures.class)))
    public RequestStatistics.Figures requests(
            @Parameter(description = "report year Y: 1 Sep Y-1 .. 31 Aug Y", example = "2022") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "first day, inclusive", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "last day, inclusive", example = "2022-08-31") @QueryParam("to") LocalDate to) {
        return statistics.of(ReportPeriod.fromQuery(year, from, to, true));
    }
}
