package io.gongkai.disclosure.item;

import io.gongkai.disclosure.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** The reference data an item write is checked against, read once per request (small tables). */
@ApplicationScoped
public class ReferenceData {

    private final DataSource dataSource;

    public ReferenceData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Snapshot load() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            Set<String> units = codes(s, "SELECT code FROM unit WHERE active");
            Set<String> channels = codes(s, "SELECT code FROM channel WHERE active");
            String checklist = null;
            try (ResultSet rs = s.executeQuery("SELECT code FROM checklist_version WHERE is_current")) {
                if (rs.next()) {
                    checklist = rs.getString(1);
                }
            }
            Map<String, Integer> items = new HashMap<>();
            Set<Integer> categories = new HashSet<>();
            if (checklist != null) {
                try (var ps = c.prepareStatement("SELECT item_no, category_no FROM checklist_item WHERE checklist = ?")) {
                    ps.setString(1, checklist);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            items.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                }
                try (var ps = c.prepareStatement("SELECT no FROM checklist_category WHERE checklist = ?")) {
                    ps.setString(1, checklist);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            categories.add(rs.getInt(1));
                        }
                    }
                }
            }
            return new Snapshot(units, channels, checklist, items, categories);
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
    }

    private static Set<String> codes(Statement s, String sql) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** Active units and channels, and the current checklist: item number → category. */
    public record Snapshot(Set<String> units, Set<String> channels, String checklist,
                           Map<String, Integer> checklistItems, Set<Integer> categories) {
    }
}
