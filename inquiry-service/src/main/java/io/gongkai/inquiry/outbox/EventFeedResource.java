package io.gongkai.inquiry.outbox;

import io.gongkai.commons.outbox.EventFeedEndpoint;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** inquiry-service's event feed: the steps of disclosure requests, for stats-service. */
@Path("/internal/v1/events")
@PermitAll
@Tag(name = "Event feed (internal)", description = "Ordered, replayable events for stats-service")
public class EventFeedResource extends EventFeedEndpoint {
}
