package io.gongkai.inquiry.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} submissions per client in a window of fixed start: the public forms (requests,
 * petitions, evaluations) must not let one client flood the office or outvote everyone. In memory, per
 * instance; the caller passes the time, so tests need no clock.
 */
public final class SubmissionLimit {

    private static final int MAX_TRACKED = 100_000;

    private record Window(Instant start, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;

    public SubmissionLimit(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts one submission; false when the client has used up its window. */
    public boolean tryAcquire(String client, Instant now) {
        return count(client, now).count() <= limit;
    }

    /** Counts one submission; {@link Throttled} (429, with the time left in the window) when the client has used up its window. */
    public void acquire(String client, Instant now, String detail) {
        Window w = count(client, now);
        if (w.count() > limit) {
            throw new Throttled("Too many submissions", detail, Duration.between(now, w.start().plus(window)));
        }
    }

    private Window count(String client, Instant now) {
        if (windows.size() > MAX_TRACKED) {
            windows.clear();
        }
        return windows.compute(client, (k, old) -> old == null || !old.start().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
    }
}
