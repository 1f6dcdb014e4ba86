package io.gongkai.stats.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.commons.problem.ProblemResponsesDocument;
import io.gongkai.stats.security.Caller;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    private final Caller caller;

    public FeedAdminResource(FeedConsumer consumer, FeedIngest ingest, Caller caller) {
        this.consumer = consumer;
        this.ingest = ingest;
        this.caller = caller;
    }

    @Schema(name = "DeadLetter", description = "An event the consumer could not apply, and the admin's decision about it")
    public record DeadLetterView(@Schema(required = true) UUID id, @Schema(required = true, example = "disclosure") String feed,
                                 @Schema(nullable = true, description = "missing when the event could not be read at all") UUID eventId,
                                 @Schema(required = true, example = "900-1") String position,
                                 @Schema(nullable = true, example = "item.teleported") String type,
                                 @Schema(required = true, example = "no figure counts events of type item.teleported") String reason,
                                 @Schema(required = true, example = "1") int attempts,
                                 @Schema(required = true) OffsetDateTime receivedAt,
                                 @JsonInclude(JsonInclude.Include.NON_NULL)
                                 @Schema(description = "the admin's decision; left out while the feed waits for one") DeadLetter.Decision decision,
                                 @Schema(nullable = true, implementation = String.class, format = "date-time") OffsetDateTime decidedAt,
                                 @Schema(nullable = true, example = "admin-1") String decidedBy) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id, d.feed, d.eventId, d.position, d.type, d.reason, d.attempts, d.receivedAt, d.decision,
                    d.decidedAt, d.decidedBy);
        }
    }

    @GET
    @Path("/feeds")
    @Operation(operationId = "listFeeds", summary = "Where each feed's reader stands (position, head, lag, state)",
            description = "One entry per configured producer: its position, the producer's head, the lag between them, the events "
                    + "applied, the state (CATCHING_UP, CAUGHT_UP, BACKING_OFF, STOPPED_AT_DEAD_LETTER) and the last error.")
    @APIResponse(responseCode = "200", description = "One entry per configured producer",
            content = @Content(schema = @Schema(implementation = FeedConsumer.FeedStatus.class, type = SchemaType.ARRAY)))
    public List<FeedConsumer.FeedStatus> feeds() {
        return consumer.status();
    }

    @GET
    @Path("/dead-letters")
    @Operation(operationId = "listDeadLetters", summary = "Events the consumer could not apply, newest first",
            description = "The 200 newest, decided ones included: a feed stops at an undecided one until an admin retries or skips it.")
    @APIResponse(responseCode = "200", description = "Dead letters, decided ones included",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class, type = SchemaType.ARRAY)))
    public List<DeadLetterView> deadLetters() {
        return DeadLetter.<DeadLetter>find("order by receivedAt desc").page(0, 200).list().stream().map(DeadLetterView::of).toList();
    }

    @POST
    @Path("/dead-letters/{id}/retry")
    @Operation(operationId = "retryDeadLetter", summary = "Apply the event again (after the cause was fixed)",
            description = "The feed resumes with this event; if it still cannot be applied, it is a dead letter again (attempts + 1).")
    @APIResponse(responseCode = "200", description = "Decided; the feed resumes",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponsesDocument.CONFLICT)
    public DeadLetterView retry(@Parameter(description = "the dead letter's id", example = "0f6edb23-cc25-4048-bf40-9019662b5211")
                                @PathParam("id") UUID id) {
        return decide(id, DeadLetter.Decision.RETRY);
    }

    @POST
    @Path("/dead-letters/{id}/skip")
    @Operation(operationId = "skipDeadLetter", summary = "Never apply the event; the feed moves past it",
            description = "The event is recorded as applied without changing any figure, and stays skipped when the feed replays.")
    @APIResponse(responseCode = "200", description = "Decided; the feed resumes after the event",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponsesDocument.CONFLICT)
    public DeadLetterView skip(@Parameter(description = "the dead letter's id", example = "0f6edb23-cc25-4048-bf40-9019662b5211")
                               @PathParam("id") UUID id) {
        return decide(id, DeadLetter.Decision.SKIP);
    }

    private DeadLetterView decide(UUID id, DeadLetter.Decision decision) {
        DeadLetterView decided = DeadLetterView.of(ingest.decide(id, decision, caller.subject()));
        consumer.wake();
        return decided;
    }

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildFigures", summary = "Replay every feed from position 0 into emptied figures",
            description = "Answers at once; the figures fill again as the feeds replay (watch /api/v1/admin/stats/feeds until lag is 0).")
    @APIResponse(responseCode = "202", description = "Rebuild started: every feed's status, from position 0",
            content = @Content(schema = @Schema(implementation = FeedConsumer.FeedStatus.class, type = SchemaType.ARRAY)))
    public Response rebuild() {
        ingest.resetForRebuild();
        consumer.wake();
        return Response.accepted(consumer.status()).build();
    }
}
