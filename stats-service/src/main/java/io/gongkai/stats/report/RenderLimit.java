package io.gongkai.stats.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many reports an anonymous address may have rendered (a kept rendering costs nothing and is not counted): one
 * token bucket per address, in memory per instance, the addresses bounded (least recently seen out first, never all).
 */
@ApplicationScoped
public class RenderLimit {

    private final long renders;
    private final Duration per;
    private final Cache<String, Bucket> buckets;

    public RenderLimit(@ConfigProperty(name = "gongkai.stats.report.anonymous-renders") long renders,
                       @ConfigProperty(name = "gongkai.stats.report.anonymous-renders-per") Duration per) {
        this.renders = renders;
        this.per = per;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(per.multipliedBy(2)).build();
    }

    /** Empty when the address may have one more report rendered now, else the seconds until it may. */
    public OptionalLong refuse(String address) {
        Bucket bucket = buckets.get(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(renders).refillIntervally(renders, per).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
