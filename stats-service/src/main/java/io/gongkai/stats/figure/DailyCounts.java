package io.gongkai.stats.figure;

import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
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

    /** Adds one to {@code figure} on {@code day} for these dimensions (in the caller's transaction). */
    public void add(String figure, LocalDate day, Map<String, String> dims) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO figure_daily "
                + "(day, figure, dims, count) VALUES (?, ?, ?, 1) ON CONFLICT (figure, day, dims) DO UPDATE SET count = figure_daily.count + 1")) {
            ps.setObject(1, day);
            ps.setString(2, figure);
            ps.setString(3, encode(dims));
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
