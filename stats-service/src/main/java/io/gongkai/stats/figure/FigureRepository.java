package io.gongkai.stats.figure;

import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The derived figures' tables (item facts and the pre-aggregated channel counts), in plain JDBC: the
 * consumer reads and writes a whole page of events through here with a statement per table (bench/stats).
 * Joins the caller's transaction.
 */
@ApplicationScoped
public class FigureRepository {

    private final DataSource dataSource;

    public FigureRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The facts of those of these items that are known, locked for this transaction. */
    public Map<UUID, ItemContribution> items(Collection<UUID> itemIds) {
        Map<UUID, ItemContribution> found = new HashMap<>();
        if (itemIds.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT item_id, status, "
                + "published_on, unit, category, checklist_item, audience, postings FROM item_fact WHERE item_id = ANY (?::uuid[]) FOR UPDATE")) {
            ps.setArray(1, c.createArrayOf("varchar", itemIds.stream().map(UUID::toString).toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new ItemContribution(id, rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), decodePostings(rs.getString(8))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Replaces these items' facts and moves the channel counts by {@code deltas}, a statement per table. */
    public void write(Collection<ItemContribution> items, ChannelDeltas deltas) {
        if (items.isEmpty()) {
            return;
        }
        int n = items.size();
        String[][] text = new String[7][n];
        Integer[] categories = new Integer[n];
        int i = 0;
        for (ItemContribution item : items) {
            text[0][i] = item.itemId().toString();
            text[1][i] = item.status();
            text[2][i] = item.publishedOn() == null ? null : item.publishedOn().toString();
            text[3][i] = item.unit();
            text[4][i] = item.checklistItem();
            text[5][i] = item.audience();
            text[6][i] = encodePostings(item.postings());
            categories[i++] = item.category();
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item_fact (item_id, status, published_on, unit, "
                    + "checklist_item, audience, postings, category) SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::date[], "
                    + "?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::int[]) ON CONFLICT (item_id) DO UPDATE SET "
                    + "status = excluded.status, published_on = excluded.published_on, unit = excluded.unit, "
                    + "checklist_item = excluded.checklist_item, audience = excluded.audience, postings = excluded.postings, "
                    + "category = excluded.category")) {
                for (int column = 0; column < 7; column++) {
                    ps.setArray(column + 1, c.createArrayOf("varchar", text[column]));
                }
                ps.setArray(8, c.createArrayOf("int4", categories));
                ps.executeUpdate();
            }
            move(c, deltas.changes());
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** An item's postings as its row keeps them: 'PORTAL=2022-03-01;WECHAT=2022-03-02', by channel. */
    static String encodePostings(Map<String, LocalDate> postings) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(postings).forEach((channel, day) -> out.append(out.isEmpty() ? "" : ";").append(channel).append('=').append(day));
        return out.toString();
    }

    static Map<String, LocalDate> decodePostings(String postings) {
        Map<String, LocalDate> map = new LinkedHashMap<>();
        if (postings != null && !postings.isEmpty()) {
            for (String posting : postings.split(";")) {
                int eq = posting.indexOf('=');
                map.put(posting.substring(0, eq), LocalDate.parse(posting.substring(eq + 1)));
            }
        }
        return map;
    }

    private static void move(Connection c, Map<ChannelDeltas.Key, Long> changes) throws SQLException {
        // a count going down always has its row (the item's earlier contribution made it); the check on
        // items >= 0 applies to an upsert's proposed row, so only additions take the insert path
        List<Map.Entry<ChannelDeltas.Key, Long>> up = changes.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        List<Map.Entry<ChannelDeltas.Key, Long>> down = changes.entrySet().stream().filter(e -> e.getValue() < 0).toList();
        moveCounts(c, up, "INSERT INTO channel_daily (channel, day, unit, category, items) SELECT * FROM unnest(?::varchar[], "
                + "?::date[], ?::varchar[], ?::int[], ?::bigint[]) ON CONFLICT (channel, day, unit, category) "
                + "DO UPDATE SET items = channel_daily.items + excluded.items");
        moveCounts(c, down, "UPDATE channel_daily d SET items = d.items + m.items FROM unnest(?::varchar[], ?::date[], "
                + "?::varchar[], ?::int[], ?::bigint[]) AS m(channel, day, unit, category, items) WHERE d.channel = m.channel "
                + "AND d.day = m.day AND d.unit = m.unit AND d.category = m.category");
    }

    private static void moveCounts(Connection c, List<Map.Entry<ChannelDeltas.Key, Long>> changes, String sql) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        String[] channels = new String[n];
        String[] days = new String[n];
        String[] units = new String[n];
        Integer[] categories = new Integer[n];
        Long[] items = new Long[n];
        for (int i = 0; i < n; i++) {
            ChannelDeltas.Key key = changes.get(i).getKey();
            channels[i] = key.channel();
            days[i] = key.day().toString();
            units[i] = key.unit();
            categories[i] = key.category();
            items[i] = changes.get(i).getValue();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", channels));
            ps.setArray(2, c.createArrayOf("varchar", days));
            ps.setArray(3, c.createArrayOf("varchar", units));
            ps.setArray(4, c.createArrayOf("int4", categories));
            ps.setArray(5, c.createArrayOf("int8", items));
            ps.executeUpdate();
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
                "TRUNCATE channel_daily, item_fact")) {
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
