package io.gongkai.disclosure.item;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The Idempotency-Key of creates: which item a caller's key created, with a fingerprint of the request,
 * for 24 hours. Runs inside the create's transaction; a transaction-scoped advisory lock on the key makes
 * concurrent retries of one key wait for the first one and then see what it created.
 */
@ApplicationScoped
public class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final DataSource dataSource;

    public IdempotencyKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a key created earlier (within 24 hours). */
    public record Earlier(String requestHash, UUID itemId) {
    }

    /** A header value that can be a key: 1-200 printable ASCII characters; else a 400 naming the header. */
    public static String validated(String key) {
        if (key == null) {
            return null;
        }
        if (!SANE.matcher(key).matches()) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1-200 printable ASCII characters");
        }
        return key;
    }

    /** Takes the key's lock for the rest of the transaction, then reads what it created, if anything. */
    public Optional<Earlier> lockAndFind(String caller, String key, OffsetDateTime now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, caller + "\n" + key);
                lock.execute();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT request_hash, item_id FROM idempotency_key WHERE caller = ? AND key = ? AND created_at > ?")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                ps.setObject(3, now.minus(KEPT));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Earlier(rs.getString(1), rs.getObject(2, UUID.class))) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Remembers what the key created (replacing an expired entry) and forgets entries past 24 hours. */
    public void remember(String caller, String key, String requestHash, UUID itemId, OffsetDateTime now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (caller, key, request_hash, item_id, created_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (caller, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, "
                    + "item_id = EXCLUDED.item_id, created_at = EXCLUDED.created_at")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                ps.setString(3, requestHash);
                ps.setObject(4, itemId);
                ps.setObject(5, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_key WHERE created_at <= ?")) {
                ps.setObject(1, now.minus(KEPT));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }
}
