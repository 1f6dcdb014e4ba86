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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
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
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "listPetitionChannels", summary = "The channels petitions arrive by, with the report group and reply deadline",
            description = "Reference data (public): the code a submission names, its report group (channels the annual report counts "
                    + "together) and its reply deadline in working days.")
    @APIResponse(responseCode = "200", description = "Channels in display order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PetitionViews.ChannelView.class)))
    public List<PetitionViews.ChannelView> channels() {
        return petitions.channels();
    }

    @PUT
    @Path("/petition-channels/{code}")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "putPetitionChannel", summary = "Add or change a channel (admin)",
            description = "201 when the code is new; a change honours If-Match (412 when stale).")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PetitionViews.ChannelView.class)),
            headers = @Header(name = "ETag", description = "the channel's version", schema = @Schema(type = SchemaType.STRING, example = "\"2\"")))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = PetitionViews.ChannelView.class)),
            headers = {@Header(name = "ETag", description = "the channel's version", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
                       @Header(name = "Location", description = "the channel's address",
                               schema = @Schema(type = SchemaType.STRING, example = "/api/v1/petition-channels/WECHAT"))})
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response put(@Parameter(description = "the channel's code: upper case letters, digits and _", example = "WECHAT")
                        @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be upper case letters, digits and _") String code,
                        @Parameter(description = "the ETag of the channel read before changing it; left out, the change is unconditional",
                                example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull PetitionViews.ChannelRequest body) {
        Map.Entry<PetitionViews.ChannelView, Boolean> stored = petitions.putChannel(code, body, ifMatch, caller);
        Response.ResponseBuilder answer = stored.getValue()
                ? Response.created(URI.create("/api/v1/petition-channels/" + code)) : Response.ok();
        return answer.entity(stored.getKey()).tag(ETags.of(stored.getKey().version())).build();
    }

    @GET
    @Path("/petition-categories")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "listPetitionCategories", summary = "What petitions are about (教学, 招生, 财务...)",
            description = "Reference data (public): the category codes a submission names.")
    @APIResponse(responseCode = "200", description = "Categories in display order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PetitionViews.CategoryView.class)))
    public List<PetitionViews.CategoryView> categories() {
        return petitions.categories();
    }
}
