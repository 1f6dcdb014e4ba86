package io.gongkai.disclosure.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.commons.paging.Cursors;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.database.JdbcFailure;
import io.gongkai.disclosure.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Search and list for the portal: bigram full-text query, filters, keyset pagination on
 * (sort key, id) so that concurrent inserts never make a reader skip or repeat an item, and facets.
 * Answers are UTF-8 JSON assembled from the bytes of each item's stored summary JSON (no entity, no N+1,
 * no decoding and re-encoding of the stored text).
 */
@ApplicationScoped
public class ItemSearch {

    private final DataSource dataSource;
    private final ObjectMapper json;

    public ItemSearch(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public enum Sort { RELEVANCE, NEWEST }

    /** What a search asks for; blank text filters are no filter. */
    public record Criteria(String q, Integer category, String checklistItem, String channel, String unit,
                           LocalDate from, LocalDate toExclusive, ItemStatus status, ItemRequest.Audience audience, Sort sort,
                           String cursor, int limit, boolean facets, Visibility visibility) {
        public Criteria(String q, Integer category, String checklistItem, String channel, String unit, LocalDate from,
                        LocalDate toExclusive, ItemStatus status, ItemRequest.Audience audience, Sort sort, String cursor,
                        int limit, boolean facets) {
            this(q, category, checklistItem, channel, unit, from, toExclusive, status, audience, sort, cursor, limit, facets,
                    Visibility.PUBLIC);
        }

        Criteria seenAs(Visibility seen) {
            return new Criteria(q, category, checklistItem, channel, unit, from, toExclusive, status, audience, sort, cursor,
                    limit, facets, seen);
        }

        public Criteria {
            q = blankToNull(q);
            checklistItem = blankToNull(checklistItem);
            channel = blankToNull(channel);
            unit = blankToNull(unit);
            cursor = blankToNull(cursor);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The page as UTF-8 JSON: {"items": [...], "nextCursor": ..., "facets": ...}. */
    public byte[] search(Criteria criteria, Caller reader) {
        return search(criteria.seenAs(reader.visibility()));
    }

    private byte[] search(Criteria c) {
        List<Bigrams.Term> terms = Bigrams.queryTerms(c.q());
        boolean text = !terms.isEmpty();
        if (c.q() != null && !c.q().isBlank() && !text) {
            throw ProblemException.invalid("q", "has no letters, digits or Chinese characters to search for");
        }
        Sort sort = c.sort() != null ? c.sort() : (text ? Sort.RELEVANCE : Sort.NEWEST);
        if (sort == Sort.RELEVANCE && !text) {
            sort = Sort.NEWEST;
        }
        String tsquery = text ? Bigrams.tsquery(terms, null) : null;
        String titleQuery = text ? Bigrams.tsquery(terms, "A") : null;

        List<Object> params = new ArrayList<>();
        String where = where(c, tsquery, params);
        StringBuilder sql = new StringBuilder();
        List<Object> all = new ArrayList<>();
        if (sort == Sort.NEWEST) {
            sql.append("SELECT summary_json, listed_at, id FROM item WHERE ").append(where);
            all.addAll(params);
            if (c.cursor() != null) {
                List<String> parts = Cursors.decode(c.cursor(), 3);
                if (!"n".equals(parts.get(0))) {
                    throw Cursors.invalid();
                }
                sql.append(" AND (listed_at, id) < (?, ?)");
                all.add(parseTime(parts.get(1)));
                all.add(parseId(parts.get(2)));
            }
            sql.append(" ORDER BY listed_at DESC, id DESC LIMIT ?");
        } else {
            sql.append("SELECT summary_json, rank, id FROM (SELECT summary_json, id, ((CASE WHEN search_vector @@ "
                    + "?::tsquery THEN 1 ELSE 0 END) + ts_rank(search_vector, ?::tsquery))::real AS rank "
                    + "FROM item WHERE ").append(where).append(") s");
            all.add(titleQuery);
            all.add(tsquery);
            all.addAll(params);
            if (c.cursor() != null) {
                List<String> parts = Cursors.decode(c.cursor(), 3);
                if (!"r".equals(parts.get(0))) {
                    throw Cursors.invalid();
                }
                float rank;
                try {
                    rank = Float.parseFloat(parts.get(1));
                } catch (NumberFormatException e) {
                    throw Cursors.invalid();
                }
                sql.append(" WHERE (rank, id) < (?::real, ?)");
                all.add(rank);
                all.add(parseId(parts.get(2)));
            }
            sql.append(" ORDER BY rank DESC, id DESC LIMIT ?");
        }
        all.add(c.limit() + 1);

        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + c.limit() * 1200);
        out.writeBytes(ITEMS_OPEN);
        String nextCursor = null;
        try (Connection conn = dataSource.getConnection()) {
            List<Row> rows = null;
            if (sort == Sort.NEWEST && text) {
                // A common keyword matches thousands of items: walking the newest items of the other filters and
                // testing the keyword on each stops after a page. Within a window of the newest WINDOW candidates
                // a full page is the exact answer; otherwise (a rare keyword) the full-text index answers.
                Window window = newestWindow(c, tsquery);
                rows = fetch(conn, window.sql(), window.params(), sort, c.limit() - 1);
                if (rows.size() < c.limit() + 1) {
                    rows = null;
                }
            }
            if (rows == null) {
                rows = fetch(conn, sql.toString(), all, sort, c.limit() - 1);
            }
            for (int n = 0; n < rows.size(); n++) {
                if (n == c.limit()) {
                    Row last = rows.get(n - 1);
                    nextCursor = Cursors.encode(sort == Sort.NEWEST ? "n" : "r", last.key(), last.id().toString());
                    break;
                }
                if (n > 0) {
                    out.write(',');
                }
                out.writeBytes(rows.get(n).json());
            }
            // a cursor is base64url text: nothing to escape
            out.writeBytes(ascii("],\"nextCursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")));
            if (c.facets()) {
                out.writeBytes(ascii(",\"facets\":"));
                out.writeBytes(write(facets(conn, where, params)));
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
        out.write('}');
        return out.toByteArray();
    }

    private static final byte[] ITEMS_OPEN = ascii("{\"items\":[");

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** How many of the newest candidates (all filters but the keyword) the windowed query examines. */
    static final int WINDOW = 1500;

    private record Window(String sql, List<Object> params) {
    }

    /** A row of a page; key and id only for the row the next cursor is made of. */
    private record Row(byte[] json, String key, UUID id) {
    }

    /**
     * The rows of a page. Only the row at {@code cursorRow} (the last of a full page) gets the key and id
     * the next cursor is made of: reading and formatting the time of every row was an eighth of the
     * service's CPU per search.
     */
    private static List<Row> fetch(Connection conn, String sql, List<Object> params, Sort sort, int cursorRow)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rows.size() != cursorRow) {
                        rows.add(new Row(rs.getBytes(1), null, null));
                        continue;
                    }
                    String key = sort == Sort.NEWEST ? rs.getObject(2, OffsetDateTime.class).toInstant().toString()
                            : Float.toString(rs.getFloat(2));
                    rows.add(new Row(rs.getBytes(1), key, rs.getObject(3, UUID.class)));
                }
            }
        }
        return rows;
    }

    private Window newestWindow(Criteria c, String tsquery) {
        List<Object> params = new ArrayList<>();
        StringBuilder inner = new StringBuilder("SELECT summary_json, listed_at, id, search_vector FROM item WHERE ")
                .append(where(c, null, params));
        if (c.cursor() != null) {
            List<String> parts = Cursors.decode(c.cursor(), 3);
            if (!"n".equals(parts.get(0))) {
                throw Cursors.invalid();
            }
            inner.append(" AND (listed_at, id) < (?, ?)");
            params.add(parseTime(parts.get(1)));
            params.add(parseId(parts.get(2)));
        }
        inner.append(" ORDER BY listed_at DESC, id DESC LIMIT ").append(WINDOW);
        String sql = "SELECT summary_json, listed_at, id FROM (" + inner + ") candidates "
                + "WHERE search_vector @@ ?::tsquery ORDER BY listed_at DESC, id DESC LIMIT ?";
        params.add(tsquery);
        params.add(c.limit() + 1);
        return new Window(sql, params);
    }

    private ItemViews.Facets facets(Connection conn, String where, List<Object> params) throws SQLException {
        String sql = "SELECT 'category', category::text, count(*) FROM item WHERE " + where + " GROUP BY 2"
                + " UNION ALL SELECT 'unit', unit, count(*) FROM item WHERE " + where + " GROUP BY 2"
                + " UNION ALL SELECT 'year', extract(year FROM (listed_at AT TIME ZONE 'Asia/Shanghai') + interval '4 months')::int::text,"
                + " count(*) FROM item WHERE " + where + " GROUP BY 2"
                + " UNION ALL SELECT 'channel', p.channel, count(*) FROM item JOIN item_posting p ON p.item_id = item.id WHERE "
                + where + " GROUP BY 2";
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.addAll(params);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : List.of("category", "channel", "unit", "year")) {
            facets.put(name, new LinkedHashMap<>());
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, all);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(2);
                    facets.get(rs.getString(1)).put(value == null ? "none" : value, rs.getLong(3));
                }
            }
        }
        return new ItemViews.Facets(facets.get("category"), facets.get("channel"), facets.get("unit"), facets.get("year"));
    }

    private static String where(Criteria c, String tsquery, List<Object> params) {
        StringBuilder w = new StringBuilder("TRUE");
        switch (c.visibility()) {
            case PUBLIC -> w.append(" AND status = 'PUBLISHED' AND audience = 'PUBLIC'");
            case CAMPUS -> w.append(" AND status = 'PUBLISHED'");
            case STAFF -> {
            }
        }
        if (tsquery != null) {
            w.append(" AND search_vector @@ ?::tsquery");
            params.add(tsquery);
        }
        if (c.status() != null) {
            w.append(" AND status = ?");
            params.add(c.status().name());
        }
        if (c.audience() != null) {
            w.append(" AND audience = ?");
            params.add(c.audience().name());
        }
        if (c.category() != null) {
            w.append(" AND category = ?");
            params.add(c.category());
        }
        if (c.checklistItem() != null) {
            w.append(" AND checklist_item = ?");
            params.add(c.checklistItem());
        }
        if (c.unit() != null) {
            w.append(" AND unit = ?");
            params.add(c.unit());
        }
        if (c.channel() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM item_posting p WHERE p.item_id = item.id AND p.channel = ?)");
            params.add(c.channel());
        }
        if (c.from() != null) {
            w.append(" AND listed_at >= ?");
            params.add(c.from().atStartOfDay(ItemState.BUSINESS_ZONE).toOffsetDateTime());
        }
        if (c.toExclusive() != null) {
            w.append(" AND listed_at < ?");
            params.add(c.toExclusive().atStartOfDay(ItemState.BUSINESS_ZONE).toOffsetDateTime());
        }
        return w.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static OffsetDateTime parseTime(String text) {
        try {
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw Cursors.invalid();
        }
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text);
        } catch (RuntimeException e) {
            throw Cursors.invalid();
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise", e);
        }
    }
}
