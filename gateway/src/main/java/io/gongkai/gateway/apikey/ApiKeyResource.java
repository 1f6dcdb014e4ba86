package io.gongkai.gateway.apikey;

import io.gongkai.commons.paging.Page;
import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/api-keys")
@Tag(name = "API keys", description = "Keys of source systems (write scopes) and dashboards (read-only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
public class ApiKeyResource {

    private final ApiKeyService keys;
    private final ApiKeyCache ring;
    private final SecurityIdentity identity;

    public ApiKeyResource(ApiKeyService keys, ApiKeyCache ring, SecurityIdentity identity) {
        this.keys = keys;
        this.ring = ring;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Create a key (admin); the answer holds its secret, which is never shown again")
    @APIResponse(responseCode = "201", description = "Created, with `secret`")
    @APIResponse(responseCode = "400", description = "Invalid request (unknown scope, bad source)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ApiKeyRequest request) {
        ApiKeyView created = keys.create(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/admin/api-keys/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List keys (admin), newest first, without secrets")
    @APIResponse(responseCode = "200", description = "The keys")
    public Page<ApiKeyView> list(@QueryParam("includeRevoked") boolean includeRevoked) {
        ring.flushLastUse();
        return new Page<>(keys.list(includeRevoked), null);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One key (admin), without its secret")
    @APIResponse(responseCode = "200", description = "The key")
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeyView one(@PathParam("id") UUID id) {
        ring.flushLastUse();
        return keys.find(id).orElseThrow(() -> ProblemException.notFound("API key " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key (admin); it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") UUID id) {
        if (!keys.revoke(id)) {
            throw ProblemException.notFound("API key " + id);
        }
        ring.invalidate(id);
        return Response.noContent().build();
    }
}
