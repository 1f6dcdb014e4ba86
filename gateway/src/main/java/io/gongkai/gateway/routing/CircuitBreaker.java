package io.gongkai.gateway.routing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One per service. After {@code threshold} consecutive failures (no connection, no answer in time) it
 * opens: requests are answered 503 at once, without waiting for a service that is down. After
 * {@code openFor} one trial request goes through; its success closes the breaker, its failure opens it
 * again. A trial is always settled: one whose caller gave up counts as a failure ({@link #abandoned}), and
 * one that no path settled within {@code trialDeadline} is taken as failed, so that a new trial can go.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** What {@link #admit()} lets a request do. */
    public enum Admission {
        REFUSED, ADMITTED, TRIAL;

        public boolean allowed() {
            return this != REFUSED;
        }
    }

    private final int threshold;
    private final long openForNanos;
    private final long trialDeadlineNanos;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong openedAt = new AtomicLong(0);
    /** When the trial in flight started; 0 when none is. */
    private final AtomicLong trialStartedAt = new AtomicLong(0);

    public CircuitBreaker(int threshold, long openForNanos, long trialDeadlineNanos) {
        this.threshold = threshold;
        this.openForNanos = openForNanos;
        this.trialDeadlineNanos = trialDeadlineNanos;
    }

    public Admission admit() {
        long opened = openedAt.get();
        if (opened == 0) {
            return Admission.ADMITTED;
        }
        long now = System.nanoTime();
        if (now - opened < openForNanos) {
            return Admission.REFUSED;
        }
        long trial = trialStartedAt.get();
        if (trial != 0 && now - trial < trialDeadlineNanos) {
            return Admission.REFUSED;
        }
        // no trial, or one nobody settled in time: this request is the trial
        return trialStartedAt.compareAndSet(trial, nonZero(now)) ? Admission.TRIAL : Admission.REFUSED;
    }

    public void success() {
        consecutiveFailures.set(0);
        openedAt.set(0);
        trialStartedAt.set(0);
    }

    public void failure() {
        if (trialStartedAt.getAndSet(0) != 0) {
            openedAt.set(nonZero(System.nanoTime()));
            return;
        }
        if (consecutiveFailures.incrementAndGet() >= threshold) {
            openedAt.compareAndSet(0, nonZero(System.nanoTime()));
        }
    }

    /** The caller of an admitted request left before the answer: only a trial counts it (as a failure). */
    public void abandoned(Admission admission) {
        if (admission == Admission.TRIAL) {
            failure();
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

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }
}
