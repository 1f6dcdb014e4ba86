package io.gongkai.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.gongkai.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The request rates of routed calls (per API key, per client address for anonymous writes): Bucket4j buckets in
 * memory, each holding at most a minute's allowance and refilling continuously. In memory on purpose: a database round
 * trip per routed call would cost the gateway its throughput. Each instance allows its share of a limit, the limit
 * divided by {@code gongkai.ratelimit.instances}, so that N instances together allow about the limit. Buckets unused
 * for two minutes are full again and go; the map is bounded.
 */
@ApplicationScoped
public class RateLimiter {

    private record Limited(int perMinute, Bucket bucket) {
    }

    private final int instances;
    private final Cache<String, Limited> buckets = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(2)).build();

    @jakarta.inject.Inject
    public RateLimiter(GatewayConfig config) {
        this(config.ratelimit().instances());
    }

    RateLimiter(int instances) {
        this.instances = Math.max(1, instances);
    }

    /** @return 0 when the request may pass, else the seconds to wait (for Retry-After). */
    public long acquire(String key, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        Limited limited = buckets.get(key, k -> limited(perMinute));
        if (limited.perMinute() != perMinute) {
            // the key's limit changed (a new configuration): a new bucket
            limited = limited(perMinute);
            buckets.put(key, limited);
        }
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    /** Forget a bucket (a revoked key, a test). */
    public void forget(String key) {
        buckets.invalidate(key);
    }

    private Limited limited(int perMinute) {
        long share = Math.max(1, (perMinute + instances - 1) / instances);
        return new Limited(perMinute, Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(share).refillGreedy(share, Duration.ofMinutes(1)).build()).build());
    }
}
