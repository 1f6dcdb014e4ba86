package io.gongkai.stats.figure;

import io.gongkai.commons.database.JdbcFailure;
import io.gongkai.stats.feed.EventApplier;
import io.gongkai.stats.feed.FeedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

/**
 * Counts per day of figures whose every event adds one (a petition received, a case closed with its
 * result, an evaluation with its rating), broken down by named dimensions.
 */
@ApplicationScoped
public class DailyCounts {

    private final DataSource dataSource;

    public DailyCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts to add, gathered over a page of events and written with one statement ({@link #add(Tally)}). */
    public static final class Tally {
        private final Map<Key, Long> counts = new HashMap<>();

        /** One more of {@code figure} on {@code day} for these dimensions. */
        public void add(String figure, LocalDate day, Map<String, String> dims) {
            counts.merge(new Key(figure, day, encode(dims)), 1L, Long::sum);
        }
    }

    private record Key(String figure, LocalDate day, String dims) {
    }

    /**
     * The work of a page for an applier whose every event adds one to a count: {@code counting} tallies an
     * event (or throws UnappliableEvent), and the page's tally is written at once.
     */
    public EventApplier.PageWork page(BiConsumer<FeedEvent, Tally> counting) {
        Tally tally = new Tally();
        return new EventApplier.PageWork() {
            @Override
            public void apply(FeedEvent event) {
                counting.accept(event, tally);
            }

            @Override
            public void write() {
                add(tally);
            }
        };
    }

    /** Adds a tally's counts (in the caller's transaction). */
    public void add(Tally tally) {
        if (tally.counts.isEmpty()) {
            return;
        }
        int n = tally.counts.size();
        String[] figures = new String[n];
        String[] days = new String[n];
        String[] dims = new String[n];
        Long[] counts = new Long[n];
        int i = 0;
        for (Map.Entry<Key, Long> e : tally.counts.entrySet()) {
            figures[i] = e.getKey().figure();
            days[i] = e.getKey().day().toString();
            dims[i] = e.getKey().dims();
            counts[i++] = e.getValue();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO figure_daily "
                + "(figure, day, dims, count) SELECT * FROM unnest(?::varchar[], ?::date[], ?::varchar[], ?::bigint[]) "
                + "ON CONFLICT (figure, day, dims) DO UPDATE SET count = figure_daily.count + excluded.count")) {
            ps.setArray(1, c.createArrayOf("varchar", figures));
            ps.setArray(2, c.createArrayOf("varchar", days));
            ps.setArray(3, c.createArrayOf("varchar", dims));
            ps.setArray(4, c.createArrayOf("int8", counts));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** The counts of {@code figure} in [from, to] (either end open when null), by dimensions. */
    public Map<Map<String, String>, Long> sums(String figure, LocalDate from, LocalDate to) {
        String sql = "SELECT dims, sum(count) FROM figure_daily WHERE figure = ?" + (from == null ? "" : " AND day >= ?")
                + (to == null ? "" : " AND day <= ?") + " GROUP BY dims ORDER BY dims";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, figure);
            if (from != null) {
                ps.setObject(i++, from);
            }
            if (to != null) {
                ps.setObject(i, to);
            }
            Map<Map<String, String>, Long> sums = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.put(decode(rs.getString(1)), rs.getLong(2));
                }
            }
            return sums;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    public void clear() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("TRUNCATE figure_daily")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    static String encode(Map<String, String> dims) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(dims).forEach((k, v) -> out.append(out.isEmpty() ? "" : ";").append(k).append('=').append(v == null ? "" : v));
        return out.toString();
    }

    static Map<String, String> decode(String dims) {
        Map<String, String> map = new TreeMap<>();
        if (!dims.isEmpty()) {
            for (String pair : dims.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }
}
