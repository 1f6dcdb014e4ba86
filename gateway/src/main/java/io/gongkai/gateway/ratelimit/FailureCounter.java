package io.gongkai.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Attempts per key within a fixed window (failed logins, failed API key lookups), in a bounded map: past its size
 * the least recently used keys go, one by one, never all at once (a flood of invented keys evicts its own entries
 * first). An attempt is counted before the work it guards, so that concurrent attempts cannot slip past the limit.
 */
public final class FailureCounter {

    private record Window(long startMillis, int count) {
    }

    private final long windowMillis;
    private final Cache<String, Window> windows;

    public FailureCounter(Duration window, long maxKeys) {
        this.windowMillis = window.toMillis();
        this.windows = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).build();
    }

    /** Counts an attempt under {@code key}: 0 when it is within {@code limit}, else the seconds until one is. */
    public long attempt(String key, int limit) {
        long now = System.currentTimeMillis();
        long[] wait = {0};
        windows.asMap().compute(key, (k, w) -> {
            if (w == null || now - w.startMillis() >= windowMillis) {
                return new Window(now, 1);
            }
            if (w.count() >= limit) {
                wait[0] = Math.max(1, (w.startMillis() + windowMillis - now + 999) / 1000);
                return w;
            }
            return new Window(w.startMillis(), w.count() + 1);
        });
        return wait[0];
    }

    /** Seconds until an attempt under {@code key} is within {@code limit} again (0: now), without counting one. */
    public long waitSeconds(String key, int limit) {
        Window w = windows.getIfPresent(key);
        long now = System.currentTimeMillis();
        if (w == null || now - w.startMillis() >= windowMillis || w.count() < limit) {
            return 0;
        }
        return Math.max(1, (w.startMillis() + windowMillis - now + 999) / 1000);
    }

    /** Gives one counted attempt back (it turned out not to be a failure). */
    public void refund(String key) {
        windows.asMap().computeIfPresent(key, (k, w) -> w.count() <= 1 ? null : new Window(w.startMillis(), w.count() - 1));
    }

    public void forget(String key) {
        windows.invalidate(key);
    }
}
