package io.gongkai.inquiry.evaluation;

import io.gongkai.inquiry.security.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public's evaluations (评议) of the disclosure work. */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "评议: the public rates the disclosure work")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final Caller caller;

    public EvaluationResource(EvaluationService evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "submitEvaluation", summary = "Rate the disclosure work (public, anonymous, limited per client)")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = EvaluationViews.Received.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "429", ref = "TooManyAttempts")
    public Response submit(@Valid @NotNull EvaluationViews.Submission body, @Context HttpServerRequest http) {
        EvaluationViews.Received received = evaluations.submit(body, http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        return Response.created(URI.create("/api/v1/evaluations/" + received.id())).entity(received).build();
    }

    @GET
    @Path("/summary")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "evaluationSummary", summary = "The ratings of a report year (handler, admin, auditor)",
            description = "year= the academic year (1 Sep year-1 to 31 Aug year), or from= and to=.")
    @APIResponse(responseCode = "200", description = "Count, average, distribution",
            content = @Content(schema = @Schema(implementation = EvaluationViews.Summary.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public EvaluationViews.Summary summary(@QueryParam("year") Integer year, @QueryParam("from") LocalDate from,
                                           @QueryParam("to") LocalDate to) {
        return evaluations.summary(year, from, to, caller);
    }
}
