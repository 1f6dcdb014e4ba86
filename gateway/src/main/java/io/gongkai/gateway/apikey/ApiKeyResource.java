package io.gongkai.gateway.apikey;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.gateway.caller.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(operationId = "createApiKey", summary = "Create a key (admin); the answer holds its secret, which is never shown again",
            description = "A key for a source system (write scopes `items:write`, `metrics:write`, with the `source` it pushes "
                    + "as) or a dashboard (`read` only). A key sees public items only (`sees: PUBLIC`) unless it is given "
                    + "`items:read-campus` (`sees: PUBLIC_AND_CAMPUS`, and the answer carries a `warning`). A key with "
                    + "`items:write` is made only for a source registered in disclosure-service (`POST /api/v1/sources` "
                    + "first): the gateway asks it before storing anything. Only a hash of the secret is kept: copy it "
                    + "from this answer.")
    @APIResponse(responseCode = "201", description = "Created, with `secret`",
            headers = @Header(name = "Location", description = "the key's address (without its secret)",
                    schema = @Schema(type = SchemaType.STRING, example = "/api/v1/admin/api-keys/3f1c9a52-6a0e-4f6b-9b1e-2c7d8e9f0a1b")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (unknown scope, bad source, `items:write` without a source)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "`items:write` for a source that is not registered: register it first "
            + "with `POST /api/v1/sources`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "disclosure-service cannot be asked whether the source is registered: "
            + "no key was created, try again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull ApiKeyRequest request) {
        ApiKeyView created = keys.create(request, identity.getPrincipal().getName(), admin());
        return Response.created(URI.create("/api/v1/admin/api-keys/" + created.id())).entity(created).build();
    }

    /** The admin as a routed call would carry them, for the gateway's own question to disclosure-service. */
    private Caller admin() {
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        return new Caller(Caller.Kind.STAFF, subject, Set.of("admin"), null, null, 0, identity.getPrincipal().getName());
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List keys (admin), newest first, without secrets",
            description = "Every key on one page (`nextCursor` is null), with what it sees (`sees`), when it was last used (recorded every 15 s); "
                    + "revoked keys only with `includeRevoked=true`.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyList.class)))
    public ApiKeyList list(
            @Parameter(description = "also list revoked keys", example = "false")
            @QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked) {
        ring.flushLastUse();
        return new ApiKeyList(keys.list(includeRevoked), null);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "One key (admin), without its secret",
            description = "The key with its scopes, source, rate limit, last use and revocation.")
    @APIResponse(responseCode = "200", description = "The key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ApiKeyView one(@Parameter(description = "the key's id", example = "3f1c9a52-6a0e-4f6b-9b1e-2c7d8e9f0a1b")
                          @PathParam("id") UUID id) {
        ring.flushLastUse();
        return keys.find(id).orElseThrow(() -> ProblemException.notFound("API key " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key (admin); it stops working at once",
            description = "At once on this gateway instance, within `gongkai.keys.cache-ttl` on others. Revoking a revoked "
                    + "key again is no error.")
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response revoke(@Parameter(description = "the key's id", example = "3f1c9a52-6a0e-4f6b-9b1e-2c7d8e9f0a1b")
                           @PathParam("id") UUID id) {
        if (!keys.revoke(id)) {
            throw ProblemException.notFound("API key " + id);
        }
        ring.invalidate(id);
        return Response.noContent().build();
    }
}
