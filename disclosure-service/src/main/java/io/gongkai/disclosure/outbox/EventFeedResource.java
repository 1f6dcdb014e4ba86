package io.gongkai.disclosure.outbox;

import io.gongkai.commons.outbox.EventFeed;
import io.gongkai.commons.outbox.EventFeedEndpoint;
import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * disclosure-service's event feed: item published, withdrawn, changed, posting added or removed.
 * The operation is commons' own; it is restated here only to refuse a blank {@code after} and to give the
 * credential header an example, which commons' EventFeedEndpoint does not do yet.
 */
@Path("/internal/v1/events")
@PermitAll
@Tag(name = "Event feed (internal)", description = "Ordered, replayable events for stats-service")
public class EventFeedResource extends EventFeedEndpoint {

    @Override
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
            @Parameter(description = "the consumer's service credential", required = true, example = "a-consumer-credential")
            @HeaderParam(FeedConsumers.HEADER) String credential,
            @Parameter(description = "a position from an earlier page (xid-seq); 0 is the beginning", example = "0",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(0|[0-9]{1,19}-[0-9]{1,19})$", maxLength = 40))
            @QueryParam("after") @DefaultValue("0") String after,
            @Parameter(description = "page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + EventFeed.MAX_LIMIT, defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") int limit) {
        // the parameters' constraints are the overridden method's (Bean Validation forbids redefining them)
        if (!after.isEmpty() && after.isBlank()) {
            throw ProblemException.invalid("after", "must not be blank");
        }
        return super.events(credential, after, limit);
    }
}
