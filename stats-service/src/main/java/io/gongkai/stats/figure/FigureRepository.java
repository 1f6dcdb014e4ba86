package io.gongkai.stats.figure;

import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The derived figures' tables (item facts and the pre-aggregated channel counts), in plain JDBC: the
 * consumer applies every event of a catch-up through here (bench/stats). Joins the caller's transaction.
 */
@ApplicationScoped
public class FigureRepository {

    private final DataSource dataSource;

    public FigureRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<ItemContribution> item(UUID itemId) {
        try (Connection c = dataSource.getConnection()) {
            ItemContribution found = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT status, published_on, unit, category, checklist_item, audience "
                    + "FROM item_fact WHERE item_id = ? FOR UPDATE")) {
                ps.setObject(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found = new ItemContribution(itemId, rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                                rs.getInt(4), rs.getString(5), rs.getString(6), new LinkedHashMap<>());
                    }
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, day FROM item_posting_fact WHERE item_id = ? ORDER BY channel")) {
                ps.setObject(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.postings().put(rs.getString(1), rs.getObject(2, LocalDate.class));
                    }
                }
            }
            return Optional.of(found);
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Replaces an item's facts and moves the channel counts by the difference of its contributions. */
    public void replace(Optional<ItemContribution> before, ItemContribution after, boolean withdrawnStayCounted) {
        try (Connection c = dataSource.getConnection()) {
            if (before.isPresent() && before.get().counted(withdrawnStayCounted)) {
                adjust(c, before.get(), -1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item_fact (item_id, status, published_on, unit, category, "
                    + "checklist_item, audience) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET status = excluded.status, "
                    + "published_on = excluded.published_on, unit = excluded.unit, category = excluded.category, "
                    + "checklist_item = excluded.checklist_item, audience = excluded.audience")) {
                ps.setObject(1, after.itemId());
                ps.setString(2, after.status());
                ps.setObject(3, after.publishedOn());
                ps.setString(4, after.unit());
                ps.setInt(5, after.category());
                ps.setString(6, after.checklistItem());
                ps.setString(7, after.audience());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM item_posting_fact WHERE item_id = ?")) {
                ps.setObject(1, after.itemId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item_posting_fact (item_id, channel, day) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, LocalDate> posting : after.postings().entrySet()) {
                    ps.setObject(1, after.itemId());
                    ps.setString(2, posting.getKey());
                    ps.setObject(3, posting.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (after.counted(withdrawnStayCounted)) {
                adjust(c, after, +1);
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    private static void adjust(Connection c, ItemContribution item, int delta) throws SQLException {
        // a count going down always has its row (the item's earlier contribution made it); the check on
        // items >= 0 applies to an upsert's proposed row, so only additions take the insert path
        String sql = delta > 0
                ? "INSERT INTO channel_daily (channel, day, unit, category, items) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (channel, day, unit, category) DO UPDATE SET items = channel_daily.items + excluded.items"
                : "UPDATE channel_daily SET items = items + ? WHERE channel = ? AND day = ? AND unit = ? AND category = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, LocalDate> posting : item.postings().entrySet()) {
                int i = delta > 0 ? 1 : 2;
                ps.setString(i++, posting.getKey());
                ps.setObject(i++, posting.getValue());
                ps.setString(i++, item.unit());
                ps.setInt(i, item.category());
                ps.setLong(delta > 0 ? 5 : 1, delta);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Item postings per channel with their day in [from, to], optionally for one unit or category. */
    public List<ChannelCount> channelCounts(LocalDate from, LocalDate to, String unit, Integer category) {
        String sql = "SELECT channel, sum(items) FROM channel_daily WHERE day >= ? AND day <= ?"
                + (unit == null ? "" : " AND unit = ?") + (category == null ? "" : " AND category = ?")
                + " GROUP BY channel HAVING sum(items) > 0 ORDER BY channel";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, from);
            ps.setObject(i++, to);
            if (unit != null) {
                ps.setString(i++, unit);
            }
            if (category != null) {
                ps.setInt(i, category);
            }
            List<ChannelCount> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new ChannelCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Item postings per bucket and channel, with their day in [from, to]; {@code bucketStart} is the bucket's first day in SQL. */
    public List<BucketCount> channelSeries(LocalDate from, LocalDate to, String unit, Integer category, String bucketStart) {
        String sql = "SELECT " + bucketStart + ", channel, sum(items) FROM channel_daily WHERE day >= ? AND day <= ?"
                + (unit == null ? "" : " AND unit = ?") + (category == null ? "" : " AND category = ?")
                + " GROUP BY 1, 2 HAVING sum(items) > 0 ORDER BY 1, 2";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, from);
            ps.setObject(i++, to);
            if (unit != null) {
                ps.setString(i++, unit);
            }
            if (category != null) {
                ps.setInt(i, category);
            }
            List<BucketCount> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new BucketCount(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Empties every derived table, for a rebuild from position 0. */
    public void clear() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "TRUNCATE channel_daily, item_posting_fact, item_fact")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    public record ChannelCount(String channel, long items) {
    }

    public record BucketCount(LocalDate bucket, String channel, long items) {
    }
}
