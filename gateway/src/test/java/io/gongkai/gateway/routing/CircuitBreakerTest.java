package io.gongkai.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.gateway.routing.CircuitBreaker.Admission;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final long MILLI = 1_000_000L;

    private static CircuitBreaker opened(long openForMillis, long trialDeadlineMillis) {
        CircuitBreaker breaker = new CircuitBreaker(2, openForMillis * MILLI, trialDeadlineMillis * MILLI);
        breaker.failure();
        breaker.failure();
        return breaker;
    }

    @Test
    void consecutiveFailuresOpenItAndOneTrialGoesAfterTheWait() throws Exception {
        CircuitBreaker breaker = opened(50, 10_000);
        assertEquals(Admission.REFUSED, breaker.admit());
        Thread.sleep(60);
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertEquals(Admission.TRIAL, breaker.admit());
        assertEquals(Admission.REFUSED, breaker.admit());
        breaker.success();
        assertEquals(Admission.ADMITTED, breaker.admit());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void anAbandonedTrialOpensItAgainAndTheNextTrialFollows() throws Exception {
        CircuitBreaker breaker = opened(50, 10_000);
        Thread.sleep(60);
        Admission trial = breaker.admit();
        breaker.abandoned(trial);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        Thread.sleep(60);
        assertEquals(Admission.TRIAL, breaker.admit());
    }

    @Test
    void anAbandonedOrdinaryCallCountsForNothing() {
        CircuitBreaker breaker = new CircuitBreaker(1, 50 * MILLI, 10_000 * MILLI);
        breaker.abandoned(breaker.admit());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void aTrialNobodySettledIsGivenUpAfterItsDeadline() throws Exception {
        CircuitBreaker breaker = opened(20, 50);
        Thread.sleep(30);
        assertEquals(Admission.TRIAL, breaker.admit());
        assertEquals(Admission.REFUSED, breaker.admit());
        Thread.sleep(60);
        assertEquals(Admission.TRIAL, breaker.admit());
    }
}
