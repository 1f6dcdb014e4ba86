package io.gongkai.commons.outbox;

import io.gongkai.commons.problem.Problem;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The shape of every producer's {@code GET /internal/v1/events}: a producer declares
 * {@code @Path("/internal/v1/events") class EventFeedResource extends EventFeedEndpoint} and inherits the
 * operation, its parameters and its document. Internal: not routed by the gateway.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class EventFeedEndpoint {

    @Inject
    EventFeed feed;

    @Inject
    FeedConsumers consumers;

    @GET
    @SecurityRequirement(name = FeedConsumers.SECURITY_SCHEME)
    @Operation(operationId = "readEvents", summary = "Events after a position, in their total order (internal)",
            description = "Ordered, replayable, never rewritten: a consumer polls with the nextPosition of its last page "
                    + "and applies each event once by its id. head and lag say how far behind the consumer is.")
    @APIResponse(responseCode = "200", description = "Up to limit events; an empty list means nothing new yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventFeed.EventPage.class)))
    @APIResponse(responseCode = "400", description = "Not a position this feed issued, or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No service credential, or not one this feed accepts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventFeed.EventPage events(
            @Parameter(description = "the consumer's service credential (scripts/keys.sh makes stats-service's)", required = true,
                    example = "kq3Zx8vN2mT5rW7yB4cF6hJ9")
            @HeaderParam(FeedConsumers.HEADER) String credential,
            @Parameter(description = "a position from an earlier page (xid-seq); 0 is the beginning", example = "0",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(0|[0-9]{1,19}-[0-9]{1,19})$", maxLength = 40))
            @QueryParam("after") @DefaultValue("0") String after,
            @Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(EventFeed.MAX_LIMIT) int limit) {
        consumers.check(credential);
        return feed.read(EventPosition.parse(after), limit);
    }
}
