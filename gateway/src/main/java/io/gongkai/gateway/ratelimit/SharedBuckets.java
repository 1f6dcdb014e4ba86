package io.gongkai.gateway.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The token buckets every gateway instance shares, in the gateway's database (Bucket4j's PostgreSQL backend, table
 * {@code rate_limit_bucket}, V4): the limits that must hold across instances and restarts (sign-ins, failed key
 * lookups). A bucket's row may go once the bucket is full again; such rows are removed every minute.
 */
@ApplicationScoped
public class SharedBuckets {

    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public SharedBuckets(AgroalDataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        vertx.setPeriodic(60_000, id -> vertx.executeBlocking(() -> {
            try {
                while (buckets.removeExpired(1000) >= 1000) {
                    // more to remove
                }
            } catch (RuntimeException e) {
                LOG.debugf("Expired rate-limit buckets not removed now: %s", e.toString());
            }
            return null;
        }, false));
    }

    /** A counter of attempts per key with {@code limit} per {@code window}, shared by every instance. */
    public SharedCounter counter(String name, int limit, Duration window) {
        return new SharedCounter(buckets, name, limit, window);
    }
}
