package io.gongkai.inquiry.evaluation;

import io.gongkai.commons.web.ClientAddresses;
import io.gongkai.inquiry.security.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
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

/** The public's evaluations (评议) of the disclosure work. */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "评议: the public rates the disclosure work")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService evaluations;
    /** The gateway's X-Forwarded-For only with its hop credential (commons' ClientAddresses), else the connection's. */
    @jakarta.inject.Inject
    ClientAddresses clients;
    private final Caller caller;

    public EvaluationResource(EvaluationService evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @POST
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "submitEvaluation", summary = "Rate the disclosure work (public, anonymous, limited per client)",
            description = "A rating from 1 to 5 and an optional comment; no personal data is asked or kept. The yearly summary counts it. "
                    + "Staff (handler, admin) enter an evaluation received on paper with its receivedAt; they are not limited.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = EvaluationViews.Received.class)),
            headers = @Header(name = "Location", description = "the evaluation's address",
                    schema = @Schema(type = SchemaType.STRING, example = "/api/v1/evaluations/3f2b8c1e-7d4a-4b6e-9a0f-5c1d2e3f4a5b")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response submit(@Valid @NotNull EvaluationViews.Submission body, @Context HttpServerRequest http) {
        EvaluationViews.Received received = evaluations.submit(body, clients.of(http), caller);
        return Response.created(URI.create("/api/v1/evaluations/" + received.id())).entity(received).build();
    }

    @GET
    @Path("/summary")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "evaluationSummary", summary = "The ratings of a report year (handler, admin, auditor)",
            description = "year= the academic year (1 Sep year-1 to 31 Aug year), or from= and to=.")
    @APIResponse(responseCode = "200", description = "Count, average, distribution",
            content = @Content(schema = @Schema(implementation = EvaluationViews.Summary.class)))
    public EvaluationViews.Summary summary(
            @Parameter(description = "academic year (1 Sep year-1 to 31 Aug year); instead of from/to", example = "2022")
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "received on or after this day", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "received on or before this day", example = "2022-08-31") @QueryParam("to") LocalDate to) {
        return evaluations.summary(year, from, to, caller);
    }
}
