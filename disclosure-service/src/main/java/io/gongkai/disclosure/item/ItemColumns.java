package io.gongkai.disclosure.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one mapping of an item row: each column of the {@code item} table with the {@link ItemState} field
 * it holds and how the value is bound and read. The repository's SQL, its binding and reading, and
 * {@link ItemState#copy()} all follow this list (postings live in their own table).
 */
final class ItemColumns {

    private static final TypeReference<List<ItemViews.Attachment>> ATTACHMENTS = new TypeReference<>() {
    };

    /** How values of one Java type go into a statement and come out of a result set. */
    interface SqlType<T> {
        void bind(PreparedStatement ps, int index, T value) throws SQLException;

        T read(ResultSet rs, String column) throws SQLException;
    }

    record Column<T>(String name, String placeholder, Function<ItemState, T> get, BiConsumer<ItemState, T> set, SqlType<T> type) {

        void bind(PreparedStatement ps, int index, ItemState state) throws SQLException {
            type.bind(ps, index, get.apply(state));
        }

        void read(ResultSet rs, ItemState state) throws SQLException {
            set.accept(state, type.read(rs, name));
        }

        void copy(ItemState from, ItemState to) {
            set.accept(to, get.apply(from));
        }
    }

    static final SqlType<UUID> ID = object(UUID.class, Types.OTHER);
    static final SqlType<LocalDate> DATE = object(LocalDate.class, Types.DATE);
    static final SqlType<String> TEXT = new SqlType<>() {
        public void bind(PreparedStatement ps, int i, String v) throws SQLException {
            ps.setString(i, v);
        }

        public String read(ResultSet rs, String c) throws SQLException {
            return rs.getString(c);
        }
    };
    static final SqlType<Integer> INT = new SqlType<>() {
        public void bind(PreparedStatement ps, int i, Integer v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.INTEGER);
            } else {
                ps.setInt(i, v);
            }
        }

        public Integer read(ResultSet rs, String c) throws SQLException {
            int v = rs.getInt(c);
            return rs.wasNull() ? null : v;
        }
    };
    static final SqlType<Long> LONG = new SqlType<>() {
        public void bind(PreparedStatement ps, int i, Long v) throws SQLException {
            ps.setLong(i, v);
        }

        public Long read(ResultSet rs, String c) throws SQLException {
            return rs.getLong(c);
        }
    };
    /** Times as stored (microseconds) and shown (Asia/Shanghai offset). */
    static final SqlType<OffsetDateTime> TIME = new SqlType<>() {
        public void bind(PreparedStatement ps, int i, OffsetDateTime v) throws SQLException {
            ps.setObject(i, v);
        }

        public OffsetDateTime read(ResultSet rs, String c) throws SQLException {
            return ItemState.normalize(rs.getObject(c, OffsetDateTime.class));
        }
    };
    static final SqlType<ItemStatus> STATUS = named(ItemStatus.class);
    static final SqlType<ItemRequest.Audience> AUDIENCE = named(ItemRequest.Audience.class);

    private final List<Column<?>> columns;
    private final String names;

    ItemColumns(ObjectMapper json) {
        columns = List.of(
                new Column<>("id", "?", s -> s.id, (s, v) -> s.id = v, ID),
                new Column<>("title", "?", s -> s.title, (s, v) -> s.title = v, TEXT),
                new Column<>("summary", "?", s -> s.summary, (s, v) -> s.summary = v, TEXT),
                new Column<>("body", "?", s -> s.body, (s, v) -> s.body = v, TEXT),
                new Column<>("checklist", "?", s -> s.checklist, (s, v) -> s.checklist = v, TEXT),
                new Column<>("checklist_item", "?", s -> s.checklistItem, (s, v) -> s.checklistItem = v, TEXT),
                new Column<>("category", "?", s -> s.category, (s, v) -> s.category = v, INT),
                new Column<>("unit", "?", s -> s.unit, (s, v) -> s.unit = v, TEXT),
                new Column<>("audience", "?", s -> s.audience, (s, v) -> s.audience = v, AUDIENCE),
                new Column<>("status", "?", s -> s.status, (s, v) -> s.status = v, STATUS),
                new Column<>("published_at", "?", s -> s.publishedAt, (s, v) -> s.publishedAt = v, TIME),
                new Column<>("produced_at", "?", s -> s.producedAt, (s, v) -> s.producedAt = v, DATE),
                new Column<>("withdrawn_at", "?", s -> s.withdrawnAt, (s, v) -> s.withdrawnAt = v, TIME),
                new Column<>("withdraw_reason", "?", s -> s.withdrawReason, (s, v) -> s.withdrawReason = v, TEXT),
                new Column<>("attachments", "?::jsonb", s -> s.attachments, (s, v) -> s.attachments = new ArrayList<>(v),
                        attachments(json)),
                new Column<>("source", "?", s -> s.source, (s, v) -> s.source = v, TEXT),
                new Column<>("external_id", "?", s -> s.externalId, (s, v) -> s.externalId = v, TEXT),
                new Column<>("content_hash", "?", s -> s.contentHash, (s, v) -> s.contentHash = v, TEXT),
                new Column<>("version", "?", s -> s.version, (s, v) -> s.version = v, LONG),
                new Column<>("created_at", "?", s -> s.createdAt, (s, v) -> s.createdAt = v, TIME),
                new Column<>("updated_at", "?", s -> s.updatedAt, (s, v) -> s.updatedAt = v, TIME));
        names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** "id, title, ...": the select list of a whole item. */
    String names() {
        return names;
    }

    /** "?, ?, ?::jsonb, ...": the values of an insert. */
    String placeholders() {
        return columns.stream().map(Column::placeholder).collect(Collectors.joining(", "));
    }

    /** "id = ?, title = ?, ...": the assignments of an update. */
    String assignments() {
        return columns.stream().map(c -> c.name() + " = " + c.placeholder()).collect(Collectors.joining(", "));
    }

    /** Binds every column from {@code index} on; returns the next free index. */
    int bind(PreparedStatement ps, int index, ItemState state) throws SQLException {
        for (Column<?> c : columns) {
            c.bind(ps, index++, state);
        }
        return index;
    }

    ItemState read(ResultSet rs) throws SQLException {
        ItemState state = new ItemState();
        for (Column<?> c : columns) {
            c.read(rs, state);
        }
        return state;
    }

    /** A copy of every column's field (lists copied, so that the copy can change on its own), and of the postings. */
    static ItemState copy(ItemState from) {
        ItemState to = new ItemState();
        for (Column<?> c : SHAPE.columns) {
            c.copy(from, to);
        }
        to.postings = new ArrayList<>(from.postings);
        return to;
    }

    /** The columns without a JSON mapper, for copying (a copy never serialises). */
    private static final ItemColumns SHAPE = new ItemColumns(new ObjectMapper());

    private static <T> SqlType<T> object(Class<T> type, int sqlType) {
        return new SqlType<>() {
            public void bind(PreparedStatement ps, int i, T v) throws SQLException {
                if (v == null) {
                    ps.setNull(i, sqlType);
                } else {
                    ps.setObject(i, v);
                }
            }

            public T read(ResultSet rs, String c) throws SQLException {
                return rs.getObject(c, type);
            }
        };
    }

    private static <E extends Enum<E>> SqlType<E> named(Class<E> type) {
        return new SqlType<>() {
            public void bind(PreparedStatement ps, int i, E v) throws SQLException {
                ps.setString(i, v == null ? null : v.name());
            }

            public E read(ResultSet rs, String c) throws SQLException {
                String v = rs.getString(c);
                return v == null ? null : Enum.valueOf(type, v);
            }
        };
    }

    private static SqlType<List<ItemViews.Attachment>> attachments(ObjectMapper json) {
        return new SqlType<>() {
            public void bind(PreparedStatement ps, int i, List<ItemViews.Attachment> v) throws SQLException {
                try {
                    ps.setString(i, json.writeValueAsString(v));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot serialise attachments", e);
                }
            }

            public List<ItemViews.Attachment> read(ResultSet rs, String c) throws SQLException {
                String text = rs.getString(c);
                try {
                    return text == null ? List.of() : json.readValue(text, ATTACHMENTS);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("stored attachments are not JSON", e);
                }
            }
        };
    }
}
