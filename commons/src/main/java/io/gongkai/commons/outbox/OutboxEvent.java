package io.gongkai.commons.outbox;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One event to write to the outbox in the transaction of the change that caused it. {@code occurredAt}
 * is business time (publishedAt, receivedAt...); the payload is JSON with what a consumer needs and
 * never personal data.
 */
public record OutboxEvent(UUID id, String type, UUID aggregateId, OffsetDateTime occurredAt, String payloadJson) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }

    public static OutboxEvent of(String type, UUID aggregateId, OffsetDateTime occurredAt, String payloadJson) {
        return new OutboxEvent(UUID.randomUUID(), type, aggregateId, occurredAt, payloadJson);
    }
}
