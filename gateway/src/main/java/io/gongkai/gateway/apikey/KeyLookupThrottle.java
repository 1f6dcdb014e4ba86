package io.gongkai.gateway.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.ratelimit.SharedBuckets;
import io.gongkai.gateway.ratelimit.SharedCounter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Limits failed API key lookups (unknown, wrong or revoked keys) per client address, as failed logins are limited:
 * {@code keys.failures-per-address} within {@code keys.failure-window}, counted in a Bucket4j bucket of the gateway's
 * database (shared by every instance). The failure past the limit is a 429, and this instance then refuses that
 * address's key calls before any lookup until the wait is over (kept in memory: the request path asks the database
 * only when a key fails). Other addresses, and calls without a key, are not slowed.
 */
@ApplicationScoped
public class KeyLookupThrottle {

    private final SharedCounter failures;
    private final Cache<String, Long> refusedUntil = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(15)).build();

    public KeyLookupThrottle(GatewayConfig config, SharedBuckets buckets) {
        this.failures = buckets.counter("key-failures", config.keys().failuresPerAddress(), config.keys().failureWindow());
    }

    /** Seconds this instance already knows the address must wait (0: none known); on the event loop, no database. */
    public long knownWait(String address) {
        Long until = refusedUntil.getIfPresent(address);
        if (until == null) {
            return 0;
        }
        long left = until - System.nanoTime();
        if (left <= 0) {
            refusedUntil.invalidate(address);
            return 0;
        }
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Counts a failed lookup: 0 while within the limit, else the seconds to wait. Blocking (the database). */
    public long failed(String address) {
        long wait = failures.attempt(address);
        if (wait > 0) {
            refusedUntil.put(address, System.nanoTime() + wait * 1_000_000_000L);
        }
        return wait;
    }
}
