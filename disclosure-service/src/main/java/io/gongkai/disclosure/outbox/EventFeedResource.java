package io.gongkai.disclosure.outbox;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.disclosure.database.Jdbc;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ordered event feed of the outbox (ARCHITECTURE.md). Positions are (writing transaction id, sequence);
 * only rows whose transaction id is below the oldest transaction still running are served, so no row
 * can later appear behind a position already handed out: a reader that polls never misses or repeats.
 * Internal: not routed by the gateway; the payloads hold no personal data.
 */
@Path("/internal/v1/events")
@Tag(name = "Event feed (internal)", description = "Ordered, replayable events for stats-service")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

    private static final Pattern POSITION = Pattern.compile("(\\d{1,19})-(\\d{1,19})");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DataSource dataSource;

    public EventFeedResource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Schema(name = "Event")
    public record Event(@Schema(example = "1234-57") String position, UUID id,
                        @Schema(example = "item.published") String type, UUID aggregateId,
                        @Schema(description = "business time (publishedAt, withdrawnAt, postedAt)") OffsetDateTime occurredAt,
                        OffsetDateTime recordedAt,
                        @JsonRawValue @Schema(implementation = Object.class, example = "{\"itemId\":\"…\",\"channels\":[\"PORTAL\"],"
                                + "\"category\":2,\"checklistItem\":\"7\",\"unit\":\"ADMISSIONS\",\"audience\":\"PUBLIC\","
                                + "\"publishedAt\":\"2022-05-20T09:00+08:00\"}") String payload) {
    }

    @Schema(name = "EventPage")
    public record EventPage(List<Event> events,
                            @Schema(description = "pass as after= for the next poll; equals after when nothing is new") String nextPosition) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Events after a position, in their total order (internal)")
    @APIResponse(responseCode = "200", description = "Up to limit events; an empty list means nothing new yet")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Bad position or limit")
    public EventPage events(
            @Parameter(description = "a position from an earlier page; 0 (default) is the beginning") @QueryParam("after") @DefaultValue("0") String after,
            @Parameter(description = "1-1000") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        BigInteger xid = BigInteger.ZERO;
        long seq = 0;
        if (!"0".equals(after)) {
            Matcher m = POSITION.matcher(after);
            if (!m.matches()) {
                throw ProblemException.invalid("after", "is not a position this feed issued");
            }
            xid = new BigInteger(m.group(1));
            seq = Long.parseLong(m.group(2));
        }
        String sql = "SELECT xid::text AS position_xid, seq, id, type, aggregate_id, occurred_at, recorded_at, payload::text FROM outbox "
                + "WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) AND (xid, seq) > (?::text::xid8, ?) "
                + "ORDER BY outbox.xid, outbox.seq LIMIT ?";
        List<Event> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, xid.toString());
            ps.setLong(2, seq);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getString(1) + "-" + rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getObject(5, UUID.class), zone(rs.getObject(6, OffsetDateTime.class)),
                            zone(rs.getObject(7, OffsetDateTime.class)), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
        return new EventPage(events, events.isEmpty() ? after : events.get(events.size() - 1).position());
    }

    private static OffsetDateTime zone(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
