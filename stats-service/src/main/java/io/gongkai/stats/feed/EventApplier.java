package io.gongkai.stats.feed;

import java.util.Set;

/** Turns events of some types into figures, inside the transaction that moves the feed's cursor. */
public interface EventApplier {

    /** The event types this applier counts. */
    Set<String> types();

    /** @throws UnappliableEvent when the event lacks what the figures need */
    void apply(FeedEvent event);
}
