package io.gongkai.stats.feed;

/** An event that this consumer cannot apply (unknown type, a payload without what it needs). */
public class UnappliableEvent extends RuntimeException {

    public UnappliableEvent(String reason) {
        super(reason);
    }
}
