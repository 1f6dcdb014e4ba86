package io.gongkai.disclosure.channel;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.CONFLICT;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.PRECONDITION_FAILED;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import jakarta.annotation.security.PermitAll;
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

@Path("/api/v1/channels")
@Tag(name = "Channels", description = "Where items are published (门户网站, 微信公众号, 校报...)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelResource {

    private final ChannelService channels;

    public ChannelResource(ChannelService channels) {
        this.channels = channels;
    }

    @GET
    @PermitAll
    @Operation(summary = "List the publication channels")
    @APIResponse(responseCode = "200", description = "Channels in display order")
    public List<ChannelView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return channels.list(includeInactive);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One channel")
    @APIResponse(responseCode = "200", description = "The channel")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such channel")
    public Response one(@PathParam("code") String code) {
        ChannelView channel = channels.find(code).orElseThrow(() -> ProblemException.notFound("Channel " + code));
        return Response.ok(channel).tag(ETags.of(channel.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a channel (admin)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid channel")
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "The code is taken")
    public Response create(@Valid @NotNull ChannelRequest request) {
        ChannelView created = channels.create(request);
        return Response.created(URI.create("/api/v1/channels/" + created.code()))
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change a channel (admin); If-Match guards against lost updates")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED, description = "Stale If-Match")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ChannelRequest request) {
        ChannelView updated = channels.update(code, request, ifMatch);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }
}
