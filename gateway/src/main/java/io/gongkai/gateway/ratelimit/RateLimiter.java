package io.gongkai.gateway.ratelimit;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in memory, one per API key or per client address: a bucket holds at most a minute's
 * allowance and refills continuously. Per instance: with N gateway instances a caller gets N times the
 * limit, which is the usual trade for not calling a shared store on every request.
 */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        // forget buckets that are full again: they hold nothing a new bucket would not
        vertx.setPeriodic(60_000, id -> buckets.values().removeIf(Bucket::isFull));
    }

    /** @return 0 when the request may pass, else the seconds to wait (for Retry-After). */
    public long acquire(String key, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute)).take(perMinute);
    }

    /** Forget a bucket (a revoked key, a test). */
    public void forget(String key) {
        buckets.remove(key);
    }

    static final class Bucket {
        private double tokens;
        private long last;
        private int capacity;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.tokens = perMinute;
            this.last = System.nanoTime();
        }

        synchronized long take(int perMinute) {
            capacity = perMinute;
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double secondsPerToken = 60.0 / perMinute;
            return Math.max(1, (long) Math.ceil((1 - tokens) * secondsPerToken));
        }

        synchronized boolean isFull() {
            refill();
            return tokens >= capacity;
        }

        private void refill() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * capacity / 60e9);
            last = now;
        }
    }
}
