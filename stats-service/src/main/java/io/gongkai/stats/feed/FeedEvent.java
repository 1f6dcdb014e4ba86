package io.gongkai.stats.feed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event as a producer's feed serves it (commons' EventFeed), the payload kept as JSON. An event this
 * consumer could not read keeps its place in the feed with the reason ({@code unreadable}), so that it is
 * dead-lettered, and once skipped stays skipped when the feed replays.
 */
public record FeedEvent(String position, UUID id, String type, UUID aggregateId, OffsetDateTime occurredAt,
                        OffsetDateTime recordedAt, JsonNode payload, @JsonIgnore String unreadable) {

    static FeedEvent unreadable(String feed, JsonNode raw, String reason) {
        String position = raw.path("position").asText("");
        UUID id;
        try {
            id = UUID.fromString(raw.path("id").asText());
        } catch (IllegalArgumentException e) {
            // without an id of its own, the event is known by its place in the feed
            id = UUID.nameUUIDFromBytes((feed + "/" + position).getBytes(StandardCharsets.UTF_8));
        }
        return new FeedEvent(position, id, raw.path("type").asText(null), null, null, null, raw, reason);
    }
}
