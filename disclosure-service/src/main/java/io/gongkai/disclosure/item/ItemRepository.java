package io.gongkai.disclosure.item;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.commons.outbox.OutboxEvent;
import io.gongkai.commons.outbox.OutboxWriter;
import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * Items in the database, with plain JDBC: writes go out as JDBC batches (a push of 500 records is a
 * handful of round trips), and the read of one item is one indexed row holding its ready JSON.
 */
@ApplicationScoped
public class ItemRepository {

    static final Comparator<ItemViews.Posting> POSTING_ORDER =
            Comparator.comparing((ItemViews.Posting p) -> p.postedAt().toInstant()).thenComparing(ItemViews.Posting::channel);

    /** The vector comes ready from {@link Bigrams#searchVector}. */
    private static final String SEARCH_VECTOR = "?::tsvector";

    private final DataSource dataSource;
    private final ItemColumns columns;
    private final String select;
    private final String insert;
    private final String update;

    public ItemRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.columns = new ItemColumns(json);
        this.select = "SELECT " + columns.names() + " FROM ";
        this.insert = "INSERT INTO item (" + columns.names() + ", search_vector, view_json, summary_json) VALUES ("
                + columns.placeholders() + ", " + SEARCH_VECTOR + ", ?, ?)";
        this.update = "UPDATE item SET " + columns.assignments() + ", search_vector = " + SEARCH_VECTOR
                + ", view_json = ?, summary_json = ? WHERE id = ?";
    }

    /** One change to persist: the new state, its search tokens and JSON, its history entry and events. */
    public record Write(ItemState state, boolean isNew, boolean postingsChanged, String searchVector,
                        String viewJson, String summaryJson, History history, List<OutboxEvent> events) {
    }

    public record History(UUID itemId, long version, OffsetDateTime at, String actor, String action,
                          List<String> changed, String reason) {
    }

    public Optional<ItemState> find(UUID id, boolean forUpdate) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(select + "item WHERE id = ?"
                     + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setObject(1, id);
            List<ItemState> found = read(c, ps);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Items of a source by external id, locked for the push that will change them. */
    public Map<String, ItemState> findBySource(String source, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        // One unique-index lookup per id whatever the statistics say (a plan made on a young table scanned the
        // source's items; bench/results/), and rows locked in sorted id order, so concurrent pushes lock alike.
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(select + "unnest(?::varchar[]) AS wanted(id_wanted)"
                     + " CROSS JOIN LATERAL (" + select + "item WHERE source = ? AND external_id = wanted.id_wanted"
                     + " LIMIT 1 FOR UPDATE) AS found")) {
            // planned anew for each push: a generic plan made while the table was empty may stay a sequential scan
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            ps.setArray(1, c.createArrayOf("varchar", new TreeSet<>(externalIds).toArray()));
            ps.setString(2, source);
            Map<String, ItemState> byExternalId = new HashMap<>();
            for (ItemState state : read(c, ps)) {
                byExternalId.put(state.externalId, state);
            }
            return byExternalId;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /**
     * The stored JSON of one item with what visibility needs: the lean read path. The JSON stays the UTF-8
     * bytes the driver received (a text column's getBytes is its raw value): never decoded, never re-encoded.
     */
    public Optional<StoredView> view(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT view_json, status, audience, version FROM item WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredView(rs.getBytes(1), ItemStatus.valueOf(rs.getString(2)),
                        ItemRequest.Audience.valueOf(rs.getString(3)), rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    public record StoredView(byte[] json, ItemStatus status, ItemRequest.Audience audience, long version) {
    }

    /** Items linked to a checklist item follow it into another category. */
    public void recategorise(String checklist, String itemNo, int category) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE item SET category = ? WHERE checklist = ? AND checklist_item = ? AND category <> ?")) {
            ps.setInt(1, category);
            ps.setString(2, checklist);
            ps.setString(3, itemNo);
            ps.setInt(4, category);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    public List<ItemViews.HistoryEntry> history(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT version, at, actor, action, changed, reason FROM item_history WHERE item_id = ? ORDER BY seq")) {
            ps.setObject(1, id);
            List<ItemViews.HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] changed = (String[]) rs.getArray(5).getArray();
                    entries.add(new ItemViews.HistoryEntry(rs.getLong(1),
                            ItemState.normalize(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), rs.getString(4),
                            changed.length == 0 ? null : List.of(changed), rs.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Persists the writes of one transaction in batches: items, postings, history, outbox. */
    public void save(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            List<Write> inserts = writes.stream().filter(Write::isNew).toList();
            List<Write> updates = writes.stream().filter(w -> !w.isNew()).toList();
            if (!inserts.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    for (Write w : inserts) {
                        bind(ps, w);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!updates.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(update)) {
                    for (Write w : updates) {
                        int i = bind(ps, w);
                        ps.setObject(i, w.state().id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            List<UUID> replaced = writes.stream().filter(w -> !w.isNew() && w.postingsChanged()).map(w -> w.state().id).toList();
            if (!replaced.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM item_posting WHERE item_id = ANY (?)")) {
                    ps.setArray(1, c.createArrayOf("uuid", replaced.toArray()));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO item_posting (item_id, channel, url, posted_at) VALUES (?, ?, ?, ?)")) {
                int n = 0;
                for (Write w : writes) {
                    if (!w.isNew() && !w.postingsChanged()) {
                        continue;
                    }
                    for (ItemViews.Posting p : w.state().postings) {
                        ps.setObject(1, w.state().id);
                        ps.setString(2, p.channel());
                        ps.setString(3, p.url());
                        ps.setObject(4, p.postedAt());
                        ps.addBatch();
                        n++;
                    }
                }
                if (n > 0) {
                    ps.executeBatch();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item_history "
                    + "(item_id, version, at, actor, action, changed, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Write w : writes) {
                    History h = w.history();
                    ps.setObject(1, h.itemId());
                    ps.setLong(2, h.version());
                    ps.setObject(3, h.at());
                    ps.setString(4, h.actor());
                    ps.setString(5, h.action());
                    ps.setArray(6, c.createArrayOf("text", h.changed().toArray()));
                    ps.setString(7, h.reason());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            OutboxWriter.write(c, writes.stream().flatMap(w -> w.events().stream()).toList());
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e.getNextException() != null ? e.getNextException() : e);
        }
    }

    private int bind(PreparedStatement ps, Write w) throws SQLException {
        int i = columns.bind(ps, 1, w.state());
        ps.setString(i++, w.searchVector());
        ps.setString(i++, w.viewJson());
        ps.setString(i++, w.summaryJson());
        return i;
    }

    private List<ItemState> read(Connection c, PreparedStatement ps) throws SQLException {
        Map<UUID, ItemState> items = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ItemState s = columns.read(rs);
                items.put(s.id, s);
            }
        }
        if (!items.isEmpty()) {
            try (PreparedStatement ps2 = c.prepareStatement(
                    "SELECT item_id, channel, url, posted_at FROM item_posting WHERE item_id = ANY (?)")) {
                Array ids = c.createArrayOf("uuid", items.keySet().toArray());
                ps2.setArray(1, ids);
                try (ResultSet rs = ps2.executeQuery()) {
                    while (rs.next()) {
                        items.get(rs.getObject(1, UUID.class)).postings.add(new ItemViews.Posting(rs.getString(2),
                                rs.getString(3), ItemState.normalize(rs.getObject(4, OffsetDateTime.class))));
                    }
                }
            }
            items.values().forEach(s -> s.postings.sort(POSTING_ORDER));
        }
        return new ArrayList<>(items.values());
    }
}
