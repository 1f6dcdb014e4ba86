package io.gongkai.inquiry.disclosurecase;

import io.gongkai.inquiry.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaints (举报), reviews (复议) and lawsuits (诉讼) about the disclosure work: what table 四 counts. */
@Path("/api/v1/cases")
@Tag(name = "Complaints, reviews, lawsuits", description = "举报、复议、诉讼 about the disclosure work")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class CaseResource {

    private static final String ID_DESCRIPTION = "the case's id";
    private static final String ID_EXAMPLE = "3f2b8c1e-7d4a-4b6e-9a0f-5c1d2e3f4a5b";

    private final CaseService cases;
    private final Caller caller;

    public CaseResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "recordCase", summary = "Record a complaint, review or lawsuit (handler, admin)",
            description = "A case about the disclosure work, received on a given day, optionally about one request; it starts OPEN "
                    + "(尚未审结 in the report) until it is closed with its result.")
    @APIResponse(responseCode = "201", description = "Recorded, OPEN", content = @Content(schema = @Schema(implementation = CaseViews.View.class)),
            headers = @Header(name = "Location", description = "the case's address",
                    schema = @Schema(type = SchemaType.STRING, example = "/api/v1/cases/3f2b8c1e-7d4a-4b6e-9a0f-5c1d2e3f4a5b")))
    public Response record(@Valid @NotNull CaseViews.Submission body) {
        CaseViews.View created = cases.record(body, caller);
        return Response.created(URI.create("/api/v1/cases/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCases", summary = "List cases (handler, admin, auditor)",
            description = "Newest received first; filters: kind, status, year (academic) or from/to.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = CaseViews.Page.class)))
    public CaseViews.Page list(
            @Parameter(description = "only cases of this kind", example = "REVIEW") @QueryParam("kind") DisclosureCase.Kind kind,
            @Parameter(description = "only open or only closed cases", example = "OPEN") @QueryParam("status") DisclosureCase.Status status,
            @Parameter(description = "academic year of receipt (1 Sep year-1 to 31 Aug year); instead of from/to", example = "2022")
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "received on or after this day", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "received on or before this day", example = "2022-08-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "the nextCursor of the previous page", example = "MjAyMi0wOS0zMAkzZjJiOGMxZQ")
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @Parameter(description = "page size") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return cases.list(kind, status, year, from, to, cursor, limit, caller);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "One case (handler, admin, auditor)",
            description = "The case with its status and, once closed, its result.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseViews.View.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CaseViews.View get(@Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return cases.get(id, caller);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeCase", summary = "Close a case with its result: UPHELD 维持, CORRECTED 纠正, OTHER 其他 (handler, admin)",
            description = "OPEN → CLOSED, once: a closed case is a 409.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseViews.View.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CaseViews.View close(@Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id, @Valid @NotNull CaseViews.Closing body) {
        return cases.close(id, body, caller);
    }
}
