package io.gongkai.disclosure.outbox;

import io.gongkai.commons.outbox.EventFeedEndpoint;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** disclosure-service's event feed: item published, withdrawn, changed, posting added or removed. */
@Path("/internal/v1/events")
@PermitAll
@Tag(name = "Event feed (internal)", description = "Ordered, replayable events for stats-service")
public class EventFeedResource extends EventFeedEndpoint {
}
