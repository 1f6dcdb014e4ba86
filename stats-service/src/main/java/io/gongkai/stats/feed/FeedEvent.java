package io.gongkai.stats.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * One event as a producer's feed serves it (commons' EventFeed), the payload kept as JSON. An event this
 * consumer could not read keeps its place in the feed with the reason ({@code unreadable}), so that it is
 * dead-lettered, and once skipped stays skipped when the feed replays.
 */
public record FeedEvent(String position, UUID id, String type, UUID aggregateId, OffsetDateTime occurredAt, JsonNode payload,
                        String unreadable) {

    /** The event a feed page holds at {@code node}: read field by field (a catch-up reads a million of them, bench/stats). */
    static FeedEvent read(String feed, JsonNode node) {
        String position = text(node, "position");
        String id = text(node, "id");
        String type = text(node, "type");
        String aggregateId = text(node, "aggregateId");
        String occurredAt = text(node, "occurredAt");
        try {
            UUID eventId = id == null ? null : UUID.fromString(id);
            UUID aggregate = aggregateId == null ? null : UUID.fromString(aggregateId);
            OffsetDateTime occurred = occurredAt == null ? null : OffsetDateTime.parse(occurredAt);
            if (position == null || eventId == null || type == null || aggregate == null || occurred == null) {
                return unreadable(feed, node, "the event lacks position, id, type, aggregateId or occurredAt");
            }
            return new FeedEvent(position, eventId, type, aggregate, occurred, node.get("payload"), null);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            return unreadable(feed, node, "the event cannot be read: " + message.lines().findFirst().orElse(""));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    static FeedEvent unreadable(String feed, JsonNode raw, String reason) {
        String position = raw.path("position").asText("");
        UUID id;
        try {
            id = UUID.fromString(raw.path("id").asText());
        } catch (IllegalArgumentException e) {
            // without an id of its own, the event is known by its place in the feed
            id = UUID.nameUUIDFromBytes((feed + "/" + position).getBytes(StandardCharsets.UTF_8));
        }
        return new FeedEvent(position, id, raw.path("type").asText(null), null, null, raw, reason);
    }
}
