package io.gongkai.disclosure.source;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.CONFLICT;
import static io.gongkai.commons.problem.ProblemResponsesDocument.FORBIDDEN;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.PRECONDITION_FAILED;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNAUTHORIZED;

import io.gongkai.commons.problem.ProblemException;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sources")
@Tag(name = "Source systems", description = "Internal systems that push items (admissions, finance, hr, portal-cms, news-office)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceSystemResource {

    private final SourceSystemService sources;

    public SourceSystemResource(SourceSystemService sources) {
        this.sources = sources;
    }

    @GET
    @RolesAllowed({"admin", "auditor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "List the source systems (admin, auditor)")
    @APIResponse(responseCode = "200", description = "Source systems")
    public List<SourceSystemView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return sources.list(includeInactive);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"admin", "auditor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "One source system (admin, auditor)")
    @APIResponse(responseCode = "200", description = "The source system")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such source system")
    public Response one(@PathParam("code") String code) {
        SourceSystemView found = sources.find(code).orElseThrow(() -> ProblemException.notFound("Source system " + code));
        return Response.ok(found).tag(ETags.of(found.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a source system (admin)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid source system")
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED, description = "No valid token")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Not an admin")
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "The code is taken")
    public Response create(@Valid @NotNull SourceSystemRequest request) {
        SourceSystemView created = sources.create(request);
        return Response.created(URI.create("/api/v1/sources/" + created.code()))
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change or deactivate a source system (admin); If-Match guards against lost updates")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid source system")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such source system")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED, description = "Stale If-Match")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull SourceSystemRequest request) {
        SourceSystemView updated = sources.update(code, request, ifMatch);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }
}
