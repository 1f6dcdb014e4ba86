package io.gongkai.stats.feed;

import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ids of the events applied so far (each event counts once), in plain JDBC: a page's ids are recorded with one
 * statement (bench/stats). Joins the caller's transaction.
 */
@ApplicationScoped
public class AppliedEvents {

    private final DataSource dataSource;

    public AppliedEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the events as applied; returns the ids that were not recorded before (the events to apply now). */
    public Set<UUID> recordFirstTime(String feed, List<FeedEvent> events) {
        Set<UUID> fresh = new HashSet<>();
        if (events.isEmpty()) {
            return fresh;
        }
        String[] ids = new String[events.size()];
        String[] positions = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = events.get(i).id().toString();
            positions[i] = events.get(i).position();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO applied_event "
                + "(event_id, feed, position) SELECT e.id, ?, e.position FROM unnest(?::uuid[], ?::varchar[]) AS e(id, position) "
                + "ON CONFLICT DO NOTHING RETURNING event_id")) {
            ps.setString(1, feed);
            ps.setArray(2, c.createArrayOf("varchar", ids));
            ps.setArray(3, c.createArrayOf("varchar", positions));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** An event an admin skipped: recorded as applied, so that a replay skips it too. */
    public void recordSkipped(UUID eventId, String feed, String position) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO applied_event (event_id, feed, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, eventId);
            ps.setString(2, feed);
            ps.setString(3, position);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Forgets every applied event but those an admin skipped, for a rebuild from position 0. */
    public void forgetAllButSkipped() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM applied_event "
                + "WHERE event_id NOT IN (SELECT event_id FROM dead_letter WHERE decision = 'SKIP' AND event_id IS NOT NULL)")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }
}
