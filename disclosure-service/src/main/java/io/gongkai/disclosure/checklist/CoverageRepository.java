package io.gongkai.disclosure.checklist;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.database.JdbcFailure;
import io.gongkai.disclosure.item.ItemState;
import io.gongkai.disclosure.item.ItemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** What coverage needs of the items (a JDBC table, like every read of items): facts and the latest per checklist item. */
@ApplicationScoped
public class CoverageRepository {

    private final DataSource dataSource;

    public CoverageRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The facts (published public items of the period, public drafts produced in it) and the latest 3 per item. */
    public record Found(List<Coverage.Fact> facts, List<Coverage.Latest> latest) {
    }

    public Found find(String checklist, ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        OffsetDateTime start = period.startInstant();
        OffsetDateTime end = period.endExclusiveInstant();
        try (Connection c = dataSource.getConnection()) {
            List<Coverage.Fact> facts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT checklist_item, unit, status, "
                    + "(published_at AT TIME ZONE 'Asia/Shanghai')::date, produced_at, "
                    + "(SELECT array_agg(p.channel ORDER BY p.channel) FROM item_posting p WHERE p.item_id = item.id) "
                    + "FROM item WHERE checklist = ? AND audience = 'PUBLIC' AND ("
                    + "(status = 'PUBLISHED' AND published_at >= ? AND published_at < ?) "
                    + "OR (status = 'DRAFT' AND produced_at >= ? AND produced_at <= ?))")) {
                ps.setString(1, checklist);
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
                ps.setString(1, checklist);
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
            return new Found(facts, latest);
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }
}
