package io.gongkai.inquiry.security;

import io.gongkai.inquiry.request.RequestSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repeated wrong access codes (of requests and petitions) are throttled per tracking number and per client: after the limit, every
 * attempt in the window is a 429, right code or not, so guessing stays hopeless. Unknown numbers count
 * like known ones (a 429 must not tell them apart). Kept in memory: per instance, forgotten on restart.
 */
@ApplicationScoped
public class WrongCodeThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;

    public WrongCodeThrottle(RequestSettings settings) {
        this.limit = settings.wrongCodeLimit();
        this.window = settings.wrongCodeWindow();
    }

    private record Window(Instant start, int count) {
    }

    /** A 429 when the number or the client has used up its wrong attempts. */
    public void check(String trackingNo, String client) {
        Instant now = Instant.now();
        Instant until = exhausted("n:" + trackingNo, limit, now);
        if (until == null && client != null) {
            until = exhausted("c:" + client, limit * 4, now);
        }
        if (until != null) {
            throw new Throttled("Too many attempts", "Too many wrong access codes; try again in " + window.toMinutes() + " minutes",
                    Duration.between(now, until));
        }
    }

    public void failed(String trackingNo, String client) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of numbers costs the throttle's memory, never the service's
        }
        Instant now = Instant.now();
        count("n:" + trackingNo, now);
        if (client != null) {
            count("c:" + client, now);
        }
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, w) -> w == null || w.start().plus(window).isBefore(now) ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }

    /** When the key's window ends if it is used up, else null. */
    private Instant exhausted(String key, int max, Instant now) {
        Window w = failures.get(key);
        return w != null && w.count() >= max && !w.start().plus(window).isBefore(now) ? w.start().plus(window) : null;
    }
}
