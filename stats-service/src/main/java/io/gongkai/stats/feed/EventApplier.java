package io.gongkai.stats.feed;

import java.util.List;
import java.util.Set;

/**
 * Turns events of some types into figures, a page at a time, inside the transaction that moves the feed's
 * cursor: {@link #begin} reads what the page's events need in one go, {@link PageWork#apply} applies each event
 * in feed order in memory, and {@link PageWork#write} writes what the whole page changed.
 */
public interface EventApplier {

    /** The event types this applier counts. */
    Set<String> types();

    /** The work of one page on {@code events}: this applier's events of the page that were not applied before. */
    PageWork begin(List<FeedEvent> events);

    interface PageWork {

        /** @throws UnappliableEvent when the event lacks what the figures need (nothing has been written yet) */
        void apply(FeedEvent event);

        /** Writes what the page's events changed, in the page's transaction. */
        void write();
    }
}
