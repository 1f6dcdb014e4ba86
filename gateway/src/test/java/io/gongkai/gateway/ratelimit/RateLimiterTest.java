package io.gongkai.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The in-memory request rates: each of N instances allows its share of a limit. */
class RateLimiterTest {

    @Test
    void oneInstanceAllowsTheWholeLimit() {
        RateLimiter limiter = new RateLimiter(1);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, limiter.acquire("key:a", 4));
        }
        assertEquals(15, limiter.acquire("key:a", 4));
    }

    @Test
    void twoInstancesAllowHalfEach() {
        RateLimiter limiter = new RateLimiter(2);
        assertEquals(0, limiter.acquire("key:b", 4));
        assertEquals(0, limiter.acquire("key:b", 4));
        assertTrue(limiter.acquire("key:b", 4) > 0);
        // a limit below the number of instances still lets one call a minute through on each
        RateLimiter many = new RateLimiter(5);
        assertEquals(0, many.acquire("key:c", 2));
        assertTrue(many.acquire("key:c", 2) > 0);
    }

    @Test
    void aChangedLimitStartsAFreshBucket() {
        RateLimiter limiter = new RateLimiter(1);
        assertEquals(0, limiter.acquire("key:d", 1));
        assertTrue(limiter.acquire("key:d", 1) > 0);
        assertEquals(0, limiter.acquire("key:d", 10));
    }
}
