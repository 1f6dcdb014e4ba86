package io.gongkai.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.commons.database.JdbcFailure;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes events into the producer's {@code outbox} table (template: {@code outbox.sql} beside this class)
 * inside the caller's transaction, so an event exists exactly when the change that caused it committed.
 * The row's transaction id ({@code xid}) is what lets {@link EventFeed} hand out positions safely.
 */
@ApplicationScoped
@Unremovable // also looked up by the feed conventions test of every producer
public class OutboxWriter {

    static final String INSERT = "INSERT INTO outbox (id, type, aggregate_id, occurred_at, payload) VALUES (?, ?, ?, ?, ?::jsonb)";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public OutboxWriter(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Serialises {@code payload} (a record of what consumers need) and writes it as one event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent emit(String type, UUID aggregateId, OffsetDateTime occurredAt, Object payload) {
        OutboxEvent event = OutboxEvent.of(type, aggregateId, occurredAt, toJson(payload));
        write(List.of(event));
        return event;
    }

    /** Writes events on the connection the current transaction enlisted (Agroal hands out the same one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            write(c, events);
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** For JDBC repositories that already hold the transaction's connection: one batch. */
    public static void write(Connection c, List<OutboxEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (OutboxEvent e : events) {
                ps.setObject(1, e.id());
                ps.setString(2, e.type());
                ps.setObject(3, e.aggregateId());
                ps.setObject(4, e.occurredAt());
                ps.setString(5, e.payloadJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + payload.getClass().getSimpleName(), e);
        }
    }
}
