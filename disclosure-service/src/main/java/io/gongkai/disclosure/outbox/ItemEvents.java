package io.gongkai.disclosure.outbox;

/**
 * The events disclosure-service emits through commons' outbox, one per change that matters to others.
 * Each payload carries the item's whole state as counted (itemId, status, category, checklistItem, unit,
 * audience, publishedAt, channels; a posting event also its channel and postedAt), never personal data.
 */
public final class ItemEvents {

    public static final String PUBLISHED = "item.published";
    public static final String WITHDRAWN = "item.withdrawn";
    public static final String CHANGED = "item.changed";
    public static final String POSTING_ADDED = "item.posting-added";
    public static final String POSTING_REMOVED = "item.posting-removed";

    private ItemEvents() {
    }
}
