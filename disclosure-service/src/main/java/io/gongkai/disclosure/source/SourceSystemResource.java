package io.gongkai.disclosure.source;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.CONFLICT;
import static io.gongkai.commons.problem.ProblemResponsesDocument.FORBIDDEN;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.PRECONDITION_FAILED;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNAUTHORIZED;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.PublicLinks;
import io.gongkai.commons.web.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sources")
@Tag(name = "Source systems", description = "Internal systems that push items (admissions, finance, hr, portal-cms, news-office)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceSystemResource {

    private final SourceSystemService sources;
    private final PublicLinks links;

    public SourceSystemResource(SourceSystemService sources, PublicLinks links) {
        this.sources = sources;
        this.links = links;
    }

    @GET
    @RolesAllowed({"admin", "auditor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listSourceSystems", summary = "List the source systems (admin, auditor)",
            description = "The internal systems allowed to push items, each under its own code.")
    @APIResponse(responseCode = "200", description = "Source systems",
            content = @Content(schema = @Schema(implementation = SourceSystemView.class, type = SchemaType.ARRAY)))
    public List<SourceSystemView> list(@Parameter(description = "also list deactivated source systems")
                                       @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return sources.list(includeInactive);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"admin", "auditor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getSourceSystem", summary = "One source system (admin, auditor)",
            description = "A source system by its code; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The source system",
            headers = @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = SourceSystemView.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such source system")
    public Response one(@Parameter(description = "source system code", example = "finance") @PathParam("code") String code) {
        SourceSystemView found = sources.find(code).orElseThrow(() -> ProblemException.notFound("Source system " + code));
        return Response.ok(found).tag(ETags.of(found.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createSourceSystem", summary = "Add a source system (admin)",
            description = "A system that may then push items under its code, with a key carrying that source, for the "
                    + "units listed in `units` only; `backfillAllowed` lets its key back-date publishedAt (who and when recorded).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "the new resource's address", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\""))},
            content = @Content(schema = @Schema(implementation = SourceSystemView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid source system")
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED, description = "No valid token")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Not an admin")
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "The code is taken")
    public Response create(@Valid @NotNull SourceSystemRequest request) {
        SourceSystemView created = sources.create(request);
        return Response.created(links.to("/api/v1/sources/" + created.code()))
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "updateSourceSystem", summary = "Change or deactivate a source system (admin)",
            description = "A deactivated source can no longer push; `units` and `backfillAllowed` left out stay as they are; "
                    + "a change of backfillAllowed records the admin and the time. If-Match guards against lost updates.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = SourceSystemView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid source system")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such source system")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED, description = "Stale If-Match")
    public Response update(@Parameter(description = "source system code", example = "finance") @PathParam("code") String code,
                           @Parameter(description = "the ETag of the version the change is based on; an older one is a 412", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull SourceSystemRequest request) {
        SourceSystemView updated = sources.update(code, request, ifMatch);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }
}
