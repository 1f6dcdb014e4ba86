package io.gongkai.commons.outbox;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reads the outbox as an ordered feed (docs/architecture.md). Positions are (writing transaction id,
 * sequence); only rows whose transaction id is below the oldest transaction still running are served,
 * so no row can later appear behind a position already handed out: a reader never misses or repeats.
 */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String VISIBLE = "xid < pg_snapshot_xmin(pg_current_snapshot())";
    // the text form of xid gets a name of its own: "ORDER BY xid" would otherwise sort by that text ("1000" before "999")
    private static final String PAGE = "SELECT xid::text AS xid_text, seq, id, type, aggregate_id, occurred_at, recorded_at, payload::text "
            + "FROM outbox WHERE " + VISIBLE + " AND (xid, seq) > (?::text::xid8, ?) ORDER BY outbox.xid, outbox.seq LIMIT ?";
    private static final String HEAD = "SELECT xid::text AS xid_text, seq FROM outbox WHERE " + VISIBLE
            + " ORDER BY outbox.xid DESC, outbox.seq DESC LIMIT 1";

    private final DataSource dataSource;

    public EventFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Schema(name = "Event", description = "One event; payloads carry no personal data")
    public record Event(@Schema(example = "1234-57", required = true) String position,
                        @Schema(required = true) UUID id,
                        @Schema(example = "item.published", required = true) String type,
                        @Schema(required = true) UUID aggregateId,
                        @Schema(description = "business time (publishedAt, receivedAt...)", required = true) OffsetDateTime occurredAt,
                        @Schema(required = true) OffsetDateTime recordedAt,
                        @JsonRawValue @Schema(implementation = Object.class, required = true) String payload) {
    }

    @Schema(name = "EventPage")
    public record EventPage(@Schema(required = true) List<Event> events,
                            @Schema(description = "pass as after= for the next poll; equals after when nothing is new",
                                    required = true) String nextPosition,
                            @Schema(description = "position of the newest event served so far; 0 when the feed is empty",
                                    required = true) String head,
                            @Schema(description = "about how many events follow nextPosition up to head (0 = caught up)",
                                    required = true) long lag) {
    }

    public EventPage read(EventPosition after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        List<Event> events = new ArrayList<>();
        EventPosition head = EventPosition.START;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(PAGE)) {
                ps.setString(1, after.xid().toString());
                ps.setLong(2, after.seq());
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Event(rs.getString(1) + "-" + rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
                                rs.getObject(5, UUID.class), zone(rs.getObject(6, OffsetDateTime.class)),
                                zone(rs.getObject(7, OffsetDateTime.class)), rs.getString(8)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(HEAD); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    head = new EventPosition(new BigInteger(rs.getString(1)), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
        EventPosition next = events.isEmpty() ? after : EventPosition.parse(events.get(events.size() - 1).position());
        if (head.compareTo(next) < 0) {
            head = next;
        }
        // sequence numbers are handed out in insert order, so their difference counts the events in between closely enough
        long lag = head.equals(next) ? 0 : Math.max(1, head.seq() - next.seq());
        return new EventPage(events, events.isEmpty() ? after.toString() : next.toString(), head.toString(), lag);
    }

    private static OffsetDateTime zone(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
