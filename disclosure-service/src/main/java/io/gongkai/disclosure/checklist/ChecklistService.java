package io.gongkai.disclosure.checklist;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.disclosure.calendar.PublicationDeadlines;
import io.gongkai.disclosure.item.ItemStatus;
import io.gongkai.disclosure.item.ItemState;
import io.gongkai.disclosure.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The versioned checklist and its coverage by published items. */
@ApplicationScoped
public class ChecklistService {

    private final DataSource dataSource;
    private final PublicationDeadlines deadlines;

    public ChecklistService(DataSource dataSource, PublicationDeadlines deadlines) {
        this.dataSource = dataSource;
        this.deadlines = deadlines;
    }

    public List<ChecklistViews.Version> versions() {
        String sql = "SELECT v.code, v.name, v.effective_from, v.is_current, "
                + "(SELECT count(*) FROM checklist_item i WHERE i.checklist = v.code), v.version "
                + "FROM checklist_version v ORDER BY v.effective_from, v.code";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<ChecklistViews.Version> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(new ChecklistViews.Version(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getInt(5), rs.getLong(6)));
            }
            return versions;
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
    }

    /** A checklist version (the current one when code is null). */
    public ChecklistViews.Checklist checklist(String code) {
        try (Connection c = dataSource.getConnection()) {
            String resolved = resolve(c, code);
            ChecklistViews.Checklist head;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, name, effective_from, is_current, version FROM checklist_version WHERE code = ?")) {
                ps.setString(1, resolved);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    head = new ChecklistViews.Checklist(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getBoolean(4), rs.getLong(5), List.of());
                }
            }
            Map<Integer, String> names = new LinkedHashMap<>();
            Map<Integer, List<ChecklistViews.Item>> items = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT no, name FROM checklist_category WHERE checklist = ? ORDER BY no")) {
                ps.setString(1, resolved);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getInt(1), rs.getString(2));
                        items.put(rs.getInt(1), new ArrayList<>());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT category_no, item_no, title, note FROM checklist_item WHERE checklist = ? ORDER BY sort_order, item_no")) {
                ps.setString(1, resolved);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.get(rs.getInt(1)).add(new ChecklistViews.Item(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            List<ChecklistViews.Category> categories = new ArrayList<>();
            names.forEach((no, name) -> categories.add(new ChecklistViews.Category(no, name, items.get(no))));
            return new ChecklistViews.Checklist(head.code(), head.name(), head.effectiveFrom(), head.current(), head.version(),
                    categories);
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
    }

    @Transactional
    public ChecklistViews.Checklist load(String code, ChecklistViews.ChecklistRequest request) {
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,19}")) {
            throw ProblemException.invalid("code", "must be 1-20 letters, digits and . _ -");
        }
        Set<Integer> categories = new HashSet<>();
        Set<String> itemNos = new HashSet<>();
        for (ChecklistViews.CategoryRequest cat : request.categories()) {
            if (!categories.add(cat.no())) {
                throw ProblemException.invalid("categories", "category " + cat.no() + " is listed twice");
            }
            for (ChecklistViews.ItemRequest item : cat.items()) {
                if (!itemNos.add(item.itemNo())) {
                    throw ProblemException.invalid("categories", "item " + item.itemNo() + " is listed twice");
                }
            }
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM checklist_version WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw ProblemException.conflict("Checklist " + code
                                + " is already loaded; a loaded version is changed item by item");
                    }
                }
            }
            boolean current = Boolean.TRUE.equals(request.current());
            if (current) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE checklist_version SET is_current = false WHERE is_current")) {
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO checklist_version (code, name, effective_from, is_current) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, code);
                ps.setString(2, request.name().strip());
                ps.setObject(3, request.effectiveFrom());
                ps.setBoolean(4, current);
                ps.executeUpdate();
            }
            try (PreparedStatement cats = c.prepareStatement("INSERT INTO checklist_category (checklist, no, name) VALUES (?, ?, ?)");
                 PreparedStatement items = c.prepareStatement("INSERT INTO checklist_item "
                         + "(checklist, item_no, category_no, title, note, sort_order) VALUES (?, ?, ?, ?, ?, ?)")) {
                int order = 0;
                for (ChecklistViews.CategoryRequest cat : request.categories()) {
                    cats.setString(1, code);
                    cats.setInt(2, cat.no());
                    cats.setString(3, cat.name().strip());
                    cats.addBatch();
                    for (ChecklistViews.ItemRequest item : cat.items()) {
                        items.setString(1, code);
                        items.setString(2, item.itemNo());
                        items.setInt(3, cat.no());
                        items.setString(4, item.title().strip());
                        items.setString(5, item.note());
                        items.setInt(6, ++order);
                        items.addBatch();
                    }
                }
                cats.executeBatch();
                items.executeBatch();
            }
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
        return checklist(code);
    }

    @Transactional
    public ChecklistViews.Checklist changeItem(String code, String itemNo, ChecklistViews.ItemChange change) {
        if (!itemNo.matches("[0-9]{1,4}[a-z]?")) {
            throw ProblemException.invalid("itemNo", "must be a number such as 7");
        }
        try (Connection c = dataSource.getConnection()) {
            String resolved = resolve(c, code);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM checklist_category WHERE checklist = ? AND no = ?")) {
                ps.setString(1, resolved);
                ps.setInt(2, change.category());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.invalid("category", "is not a category of checklist " + resolved);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO checklist_item (checklist, item_no, category_no, title, note, sort_order) "
                    + "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM checklist_item WHERE checklist = ?)) "
                    + "ON CONFLICT (checklist, item_no) DO UPDATE SET category_no = excluded.category_no, title = excluded.title, "
                    + "note = excluded.note")) {
                ps.setString(1, resolved);
                ps.setString(2, itemNo);
                ps.setInt(3, change.category());
                ps.setString(4, change.title().strip());
                ps.setString(5, change.note());
                ps.setString(6, resolved);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE item SET category = ? WHERE checklist = ? AND checklist_item = ? AND category <> ?")) {
                ps.setInt(1, change.category());
                ps.setString(2, resolved);
                ps.setString(3, itemNo);
                ps.setInt(4, change.category());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE checklist_version SET version = version + 1 WHERE code = ?")) {
                ps.setString(1, resolved);
                ps.executeUpdate();
            }
            return checklist(resolved);
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
    }

    @Transactional
    public ChecklistViews.Checklist makeCurrent(String code) {
        try (Connection c = dataSource.getConnection()) {
            String resolved = resolve(c, code);
            try (PreparedStatement ps = c.prepareStatement("UPDATE checklist_version SET is_current = false WHERE is_current AND code <> ?")) {
                ps.setString(1, resolved);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE checklist_version SET is_current = true WHERE code = ?")) {
                ps.setString(1, resolved);
                ps.executeUpdate();
            }
            return checklist(resolved);
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
    }

    public Coverage.Report coverage(String code, Integer year, ReportPeriod period, boolean gapsFirst) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        OffsetDateTime start = period.startInstant();
        OffsetDateTime end = period.endExclusiveInstant();
        try (Connection c = dataSource.getConnection()) {
            String resolved = resolve(c, code);
            List<Coverage.ChecklistEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.item_no, i.category_no, k.name, i.title, i.sort_order "
                    + "FROM checklist_item i JOIN checklist_category k ON k.checklist = i.checklist AND k.no = i.category_no "
                    + "WHERE i.checklist = ? ORDER BY i.sort_order")) {
                ps.setString(1, resolved);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Coverage.ChecklistEntry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5)));
                    }
                }
            }
            List<Coverage.Fact> facts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT checklist_item, unit, status, "
                    + "(published_at AT TIME ZONE 'Asia/Shanghai')::date, produced_at, "
                    + "(SELECT array_agg(p.channel ORDER BY p.channel) FROM item_posting p WHERE p.item_id = item.id) "
                    + "FROM item WHERE checklist = ? AND audience = 'PUBLIC' AND ("
                    + "(status = 'PUBLISHED' AND published_at >= ? AND published_at < ?) "
                    + "OR (status = 'DRAFT' AND produced_at >= ? AND produced_at <= ?))")) {
                ps.setString(1, resolved);
                ps.setObject(2, start);
                ps.setObject(3, end);
                ps.setObject(4, from);
                ps.setObject(5, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Array channels = rs.getArray(6);
                        facts.add(new Coverage.Fact(rs.getString(1), rs.getString(2), ItemStatus.valueOf(rs.getString(3)),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                                channels == null ? List.of() : List.of((String[]) channels.getArray())));
                    }
                }
            }
            List<Coverage.Latest> latest = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.checklist_item, s.id, s.title, s.published_at, "
                    + "(SELECT p.url FROM item_posting p WHERE p.item_id = s.id AND p.url IS NOT NULL ORDER BY p.posted_at, p.channel LIMIT 1) "
                    + "FROM (SELECT checklist_item, id, title, published_at, row_number() OVER "
                    + "(PARTITION BY checklist_item ORDER BY published_at DESC, id DESC) AS rn FROM item "
                    + "WHERE checklist = ? AND status = 'PUBLISHED' AND audience = 'PUBLIC' AND published_at >= ? AND published_at < ?) s "
                    + "WHERE s.rn <= 3")) {
                ps.setString(1, resolved);
                ps.setObject(2, start);
                ps.setObject(3, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(2, UUID.class);
                        String url = rs.getString(5);
                        latest.add(new Coverage.Latest(rs.getString(1), id, rs.getString(3),
                                ItemState.normalize(rs.getObject(4, OffsetDateTime.class)),
                                url != null ? url : "/api/v1/items/" + id));
                    }
                }
            }
            return Coverage.compute(resolved, year, from, to, entries, facts, latest, deadlines.between(from, to),
                    LocalDate.now(ItemState.BUSINESS_ZONE), gapsFirst);
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
    }

    private static String resolve(Connection c, String code) throws SQLException {
        String sql = code == null ? "SELECT code FROM checklist_version WHERE is_current"
                : "SELECT code FROM checklist_version WHERE code = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (code != null) {
                ps.setString(1, code);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("Checklist " + (code == null ? "(current)" : clip(code)));
                }
                return rs.getString(1);
            }
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
