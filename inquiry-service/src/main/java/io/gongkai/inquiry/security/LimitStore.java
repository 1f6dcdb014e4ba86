package io.gongkai.inquiry.security;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where the limits of the public keep their counts: Bucket4j's buckets in this service's database (table
 * {@code limit_bucket}), so that every instance sees the same counts and a restart forgets none. A bucket's
 * row goes once the bucket is full again; beyond {@code gongkai.limits.max-tracked} rows the sweep removes
 * those nearest to refilling first, never all of them.
 */
@ApplicationScoped
public class LimitStore {

    private static final Logger LOG = Logger.getLogger(LimitStore.class);

    private final AgroalDataSource dataSource;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final int maxTracked;

    public LimitStore(AgroalDataSource dataSource,
                      @ConfigProperty(name = "gongkai.limits.max-tracked", defaultValue = "1000000") int maxTracked) {
        this.dataSource = dataSource;
        this.maxTracked = maxTracked;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /** A limit of {@code capacity} per {@code window} for each key, its buckets kept under {@code name}. */
    public Limit limit(String name, int capacity, Duration window) {
        return new Limit(this, name, capacity, window);
    }

    PostgreSQLSelectForUpdateBasedProxyManager<String> buckets() {
        return buckets;
    }

    /**
     * Runs a bucket operation on its own connection and transaction: a count must stay when the caller's
     * transaction rolls back (a wrong code ends in a 404), and Bucket4j commits its own work.
     */
    static <T> T outsideTransaction(Callable<T> work) {
        return QuarkusTransaction.suspendingExisting().call(work);
    }

    @Scheduled(identity = "limit-sweep", every = "${gongkai.limits.sweep-every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        try {
            sweep(maxTracked);
        } catch (RuntimeException e) {
            LOG.warnf("limit sweep failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Deletes the rows of full buckets, then, beyond {@code max} rows, those nearest to refilling; the number deleted. */
    public int sweep(int max) {
        return outsideTransaction(() -> {
            int removed = 0;
            int batch;
            do {
                batch = buckets.removeExpired(1000);
                removed += batch;
            } while (batch == 1000);
            try (Connection c = dataSource.getConnection()) {
                long rows;
                try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM limit_bucket");
                     ResultSet rs = count.executeQuery()) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                if (rows > max) {
                    try (PreparedStatement trim = c.prepareStatement(
                            "DELETE FROM limit_bucket WHERE id IN (SELECT id FROM limit_bucket ORDER BY expires_at NULLS FIRST LIMIT ?)")) {
                        trim.setLong(1, rows - max);
                        removed += trim.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return removed;
        });
    }
}
