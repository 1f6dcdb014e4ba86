package io.gongkai.gateway.ratelimit;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;

/**
 * Attempts per key (failed logins, failed API key lookups) in a Bucket4j bucket of the gateway's database: {@code limit}
 * tokens, refilled whole once per {@code window}. An attempt takes a token before the work it guards, so concurrent
 * attempts cannot slip past the limit, on this instance or another. Blocking (a database round trip): call it off
 * the event loop.
 */
public final class SharedCounter {

    private final ProxyManager<String> buckets;
    private final String name;
    private final BucketConfiguration configuration;

    SharedCounter(ProxyManager<String> buckets, String name, int limit, Duration window) {
        this.buckets = buckets;
        this.name = name;
        this.configuration = BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder().capacity(limit).refillIntervally(limit, window).build())
                .build();
    }

    /** Counts an attempt under {@code key}: 0 when it is within the limit, else the seconds until one is. */
    public long attempt(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /** Seconds until an attempt under {@code key} is within the limit (0: now), without counting one. */
    public long waitSeconds(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /** Gives one counted attempt back (it turned out not to be a failure). */
    public void refund(String key) {
        bucket(key).addTokens(1);
    }

    public void forget(String key) {
        buckets.removeProxy(name + ":" + key);
    }

    private BucketProxy bucket(String key) {
        return buckets.getProxy(name + ":" + key, () -> configuration);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
