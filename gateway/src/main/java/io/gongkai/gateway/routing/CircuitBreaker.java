package io.gongkai.gateway.routing;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One per service. After {@code threshold} consecutive failures (no connection, no answer in time) it
 * opens: requests are answered 503 at once, without waiting for a service that is down. After
 * {@code openFor} one trial request goes through; its success closes the breaker, its failure opens it again.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openForNanos;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong openedAt = new AtomicLong(0);
    private final AtomicBoolean trialInFlight = new AtomicBoolean();

    public CircuitBreaker(int threshold, long openForNanos) {
        this.threshold = threshold;
        this.openForNanos = openForNanos;
    }

    public boolean allow() {
        long opened = openedAt.get();
        if (opened == 0) {
            return true;
        }
        if (System.nanoTime() - opened < openForNanos) {
            return false;
        }
        return trialInFlight.compareAndSet(false, true);
    }

    public void success() {
        consecutiveFailures.set(0);
        openedAt.set(0);
        trialInFlight.set(false);
    }

    public void failure() {
        if (trialInFlight.compareAndSet(true, false)) {
            openedAt.set(nonZeroNow());
            return;
        }
        if (consecutiveFailures.incrementAndGet() >= threshold) {
            openedAt.compareAndSet(0, nonZeroNow());
        }
    }

    public State state() {
        long opened = openedAt.get();
        if (opened == 0) {
            return State.CLOSED;
        }
        return System.nanoTime() - opened < openForNanos ? State.OPEN : State.HALF_OPEN;
    }

    /** Seconds until a trial request will be let through. */
    public long retryAfterSeconds() {
        long opened = openedAt.get();
        if (opened == 0) {
            return 1;
        }
        long left = openForNanos - (System.nanoTime() - opened);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    private static long nonZeroNow() {
        long now = System.nanoTime();
        return now == 0 ? 1 : now;
    }
}
