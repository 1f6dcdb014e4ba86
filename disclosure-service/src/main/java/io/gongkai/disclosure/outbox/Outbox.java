package io.gongkai.disclosure.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event to write to the outbox in the transaction of the change that caused it. */
public record Outbox(UUID id, String type, UUID aggregateId, OffsetDateTime occurredAt, String payloadJson) {

    public static final String PUBLISHED = "item.published";
    public static final String WITHDRAWN = "item.withdrawn";
    public static final String CHANGED = "item.changed";
    public static final String POSTING_ADDED = "item.posting-added";
    public static final String POSTING_REMOVED = "item.posting-removed";
}
