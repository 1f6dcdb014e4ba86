package io.gongkai.stats.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin's view of the event feeds: where each reader stands, the events it stopped at, rebuild. */
@Path("/api/v1/admin/stats")
@Tag(name = "Statistics administration", description = "Event feeds, dead letters, rebuild (admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
public class FeedAdminResource {

    private final FeedConsumer consumer;
    private final FeedIngest ingest;
    private final JsonWebToken caller;

    public FeedAdminResource(FeedConsumer consumer, FeedIngest ingest, JsonWebToken caller) {
        this.consumer = consumer;
        this.ingest = ingest;
        this.caller = caller;
    }

    @Schema(name = "DeadLetter")
    public record DeadLetterView(UUID id, String feed, UUID eventId, String position, String type, String reason, int attempts,
                                 OffsetDateTime receivedAt, DeadLetter.Decision decision, OffsetDateTime decidedAt, String decidedBy) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id, d.feed, d.eventId, d.position, d.type, d.reason, d.attempts, d.receivedAt, d.decision,
                    d.decidedAt, d.decidedBy);
        }
    }

    @GET
    @Path("/feeds")
    @Operation(operationId = "listFeeds", summary = "Where each feed's reader stands (position, head, lag, state)")
    @APIResponse(responseCode = "200", description = "One entry per configured producer",
            content = @Content(schema = @Schema(implementation = FeedConsumer.FeedStatus.class, type = SchemaType.ARRAY)))
    public List<FeedConsumer.FeedStatus> feeds() {
        return consumer.status();
    }

    @GET
    @Path("/dead-letters")
    @Operation(operationId = "listDeadLetters", summary = "Events the consumer could not apply, newest first")
    @APIResponse(responseCode = "200", description = "Dead letters, decided ones included",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class, type = SchemaType.ARRAY)))
    public List<DeadLetterView> deadLetters() {
        return DeadLetter.<DeadLetter>find("order by receivedAt desc").page(0, 200).list().stream().map(DeadLetterView::of).toList();
    }

    @POST
    @Path("/dead-letters/{id}/retry")
    @Operation(operationId = "retryDeadLetter", summary = "Apply the event again (after the cause was fixed)")
    @APIResponse(responseCode = "200", description = "Decided; the feed resumes",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    public DeadLetterView retry(@PathParam("id") UUID id) {
        return decide(id, DeadLetter.Decision.RETRY);
    }

    @POST
    @Path("/dead-letters/{id}/skip")
    @Operation(operationId = "skipDeadLetter", summary = "Never apply the event; the feed moves past it")
    @APIResponse(responseCode = "200", description = "Decided; the feed resumes after the event",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    public DeadLetterView skip(@PathParam("id") UUID id) {
        return decide(id, DeadLetter.Decision.SKIP);
    }

    private DeadLetterView decide(UUID id, DeadLetter.Decision decision) {
        DeadLetterView decided = DeadLetterView.of(ingest.decide(id, decision, caller.getName()));
        consumer.wake();
        return decided;
    }

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildFigures", summary = "Replay every feed from position 0 into emptied figures",
            description = "Answers at once; the figures fill again as the feeds replay (watch /api/v1/admin/stats/feeds until lag is 0).")
    @APIResponse(responseCode = "202", description = "Rebuild started")
    public Response rebuild() {
        ingest.resetForRebuild();
        consumer.wake();
        return Response.accepted(consumer.status()).build();
    }
}
