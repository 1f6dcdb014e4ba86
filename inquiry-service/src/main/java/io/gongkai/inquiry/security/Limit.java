package io.gongkai.inquiry.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * One limit of the public (wrong access codes of a client, anonymous submissions...): {@code capacity}
 * attempts per key in a window that refills at once when it ends, counted in {@link LimitStore}.
 */
public final class Limit {

    private final LimitStore store;
    private final String name;
    private final BucketConfiguration configuration;

    Limit(LimitStore store, String name, int capacity, Duration window) {
        this.store = store;
        this.name = name;
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
                .build();
    }

    /** Takes one attempt; the wait until the next one when none was left, else null. */
    public Duration take(String key) {
        ConsumptionProbe probe = LimitStore.outsideTransaction(() -> bucket(key).tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Takes one attempt; {@link Throttled} when none was left. */
    public void acquire(String key, String title, String detail) {
        Duration wait = take(key);
        if (wait != null) {
            throw new Throttled(title, detail, wait);
        }
    }

    /** The wait until the key may try again when it has no attempt left, else null; takes nothing. */
    public Duration exhausted(String key) {
        EstimationProbe probe = LimitStore.outsideTransaction(() -> bucket(key).estimateAbilityToConsume(1));
        return probe.canBeConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private BucketProxy bucket(String key) {
        return store.buckets().builder().build(id(key), () -> configuration);
    }

    // an address or a number is short; anything longer is kept as its digest so the id fits its column
    private String id(String key) {
        String id = name + ":" + key;
        if (id.length() <= 120) {
            return id;
        }
        try {
            return name + ":#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
