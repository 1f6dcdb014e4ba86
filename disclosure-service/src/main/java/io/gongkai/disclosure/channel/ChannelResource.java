package io.gongkai.disclosure.channel;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.CONFLICT;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.PRECONDITION_FAILED;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.PublicLinks;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/channels")
@Tag(name = "Channels", description = "Where items are published (门户网站, 微信公众号, 校报...)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelResource {

    private final ChannelService channels;
    private final PublicLinks links;

    public ChannelResource(ChannelService channels, PublicLinks links) {
        this.channels = channels;
        this.links = links;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listChannels", summary = "List the publication channels",
            description = "The channels items are published on and statistics are counted for, in display order.")
    @APIResponse(responseCode = "200", description = "Channels in display order",
            content = @Content(schema = @Schema(implementation = ChannelView.class, type = SchemaType.ARRAY)))
    public List<ChannelView> list(@Parameter(description = "also list channels no longer in use")
                                  @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return channels.list(includeInactive);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getChannel", summary = "One channel", description = "A channel by its code; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The channel",
            headers = @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such channel")
    public Response one(@Parameter(description = "channel code", example = "WECHAT") @PathParam("code") String code) {
        ChannelView channel = channels.find(code).orElseThrow(() -> ProblemException.notFound("Channel " + code));
        return Response.ok(channel).tag(ETags.of(channel.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createChannel", summary = "Add a channel (admin)",
            description = "A new publication channel; its code is its permanent name in items and statistics.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "the new resource's address", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\""))},
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid channel")
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "The code is taken")
    public Response create(@Valid @NotNull ChannelRequest request) {
        ChannelView created = channels.create(request);
        return Response.created(links.to("/api/v1/channels/" + created.code()))
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "updateChannel", summary = "Change a channel (admin)",
            description = "Name, unit of count, description, order, active; If-Match guards against lost updates.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid channel")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such channel")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED, description = "Stale If-Match")
    public Response update(@Parameter(description = "channel code", example = "WECHAT") @PathParam("code") String code,
                           @Parameter(description = "the ETag of the version the change is based on; an older one is a 412", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ChannelRequest request) {
        ChannelView updated = channels.update(code, request, ifMatch);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }
}
