package io.gongkai.inquiry.petition;

import io.gongkai.commons.web.ETags;
import io.gongkai.inquiry.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reference data of petitions: channels (with the report's grouping and reply deadline) and categories. */
@Path("/api/v1")
@Tag(name = "Petitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PetitionChannelResource {

    private final PetitionService petitions;
    private final Caller caller;

    public PetitionChannelResource(PetitionService petitions, Caller caller) {
        this.petitions = petitions;
        this.caller = caller;
    }

    @GET
    @Path("/petition-channels")
    @Operation(operationId = "listPetitionChannels", summary = "The channels petitions arrive by, with the report group and reply deadline")
    @APIResponse(responseCode = "200", description = "Channels in display order")
    public List<PetitionViews.ChannelView> channels() {
        return petitions.channels();
    }

    @PUT
    @Path("/petition-channels/{code}")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "putPetitionChannel", summary = "Add or change a channel (admin)",
            description = "201 when the code is new; a change honours If-Match (412 when stale).")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response put(@PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be upper case letters, digits and _") String code,
                        @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PetitionViews.ChannelRequest body) {
        Map.Entry<PetitionViews.ChannelView, Boolean> stored = petitions.putChannel(code, body, ifMatch, caller);
        Response.ResponseBuilder answer = stored.getValue()
                ? Response.created(URI.create("/api/v1/petition-channels/" + code)) : Response.ok();
        return answer.entity(stored.getKey()).tag(ETags.of(stored.getKey().version())).build();
    }

    @GET
    @Path("/petition-categories")
    @Operation(operationId = "listPetitionCategories", summary = "What petitions are about (教学, 招生, 财务...)")
    @APIResponse(responseCode = "200", description = "Categories in display order")
    public List<PetitionViews.CategoryView> categories() {
        return petitions.categories();
    }
}
