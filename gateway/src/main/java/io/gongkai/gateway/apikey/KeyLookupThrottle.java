package io.gongkai.gateway.apikey;

import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.ratelimit.FailureCounter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Limits failed API key lookups (unknown, wrong or revoked keys) per client address, as failed logins are limited:
 * past {@code keys.failures-per-address} within {@code keys.failure-window}, that address's key calls are refused
 * (429) until the window has passed, before any lookup. Other addresses, and calls without a key, are not slowed.
 */
@ApplicationScoped
public class KeyLookupThrottle {

    private final int limit;
    private final FailureCounter failures;

    public KeyLookupThrottle(GatewayConfig config) {
        this.limit = config.keys().failuresPerAddress();
        this.failures = new FailureCounter(config.keys().failureWindow(), 100_000);
    }

    /** 0 when the address may present a key, else the seconds until it may. */
    public long waitSeconds(String address) {
        return failures.waitSeconds(address, limit);
    }

    public void failed(String address) {
        failures.attempt(address, limit);
    }
}
