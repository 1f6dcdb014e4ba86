package io.gongkai.stats.request;

import io.gongkai.commons.database.JdbcFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** The request figures' tables, in plain JDBC beside the channel figures (FigureRepository). */
@ApplicationScoped
public class RequestFigureRepository {

    private final DataSource dataSource;

    public RequestFigureRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The facts of those of these requests that are known, locked for this transaction. */
    public Map<UUID, RequestFact> find(Collection<UUID> requestIds) {
        Map<UUID, RequestFact> found = new HashMap<>();
        if (requestIds.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT request_id, received_on, "
                + "applicant_type, applicant_sub_type, ended_on, outcome, legal_basis, fee_amount, fee_waived FROM request_fact "
                + "WHERE request_id = ANY (?::uuid[]) FOR UPDATE")) {
            ps.setArray(1, c.createArrayOf("varchar", requestIds.stream().map(UUID::toString).toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new RequestFact(id, rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBoolean(9)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Replaces these requests' facts and moves the daily counts by {@code deltas}, a statement per table. */
    public void write(Collection<RequestFact> facts, RequestDeltas deltas) {
        if (facts.isEmpty()) {
            return;
        }
        int n = facts.size();
        String[][] text = new String[8][n];
        Boolean[] waived = new Boolean[n];
        int i = 0;
        for (RequestFact f : facts) {
            text[0][i] = f.requestId().toString();
            text[1][i] = f.receivedOn().toString();
            text[2][i] = f.applicantType();
            text[3][i] = f.applicantSubType();
            text[4][i] = f.endedOn() == null ? null : f.endedOn().toString();
            text[5][i] = f.outcome();
            text[6][i] = f.legalBasis();
            text[7][i] = f.feeAmount() == null ? null : f.feeAmount().toPlainString();
            waived[i++] = f.feeWaived();
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_fact (request_id, received_on, applicant_type, "
                    + "applicant_sub_type, ended_on, outcome, legal_basis, fee_amount, fee_waived) SELECT * FROM unnest(?::uuid[], "
                    + "?::date[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[], ?::numeric[], ?::boolean[]) "
                    + "ON CONFLICT (request_id) DO UPDATE SET received_on = excluded.received_on, applicant_type = excluded.applicant_type, "
                    + "applicant_sub_type = excluded.applicant_sub_type, ended_on = excluded.ended_on, outcome = excluded.outcome, "
                    + "legal_basis = excluded.legal_basis, fee_amount = excluded.fee_amount, fee_waived = excluded.fee_waived")) {
                for (int column = 0; column < 8; column++) {
                    ps.setArray(column + 1, c.createArrayOf("varchar", text[column]));
                }
                ps.setArray(9, c.createArrayOf("bool", waived));
                ps.executeUpdate();
            }
            // rows whose count goes down always exist (the request's earlier counting made them); the check on
            // requests >= 0 applies to an upsert's proposed row, so only rows that gain requests take the insert path
            List<Map.Entry<RequestDeltas.Key, RequestDeltas.Change>> up = new ArrayList<>();
            List<Map.Entry<RequestDeltas.Key, RequestDeltas.Change>> other = new ArrayList<>();
            deltas.changes().entrySet().forEach(e -> (e.getValue().requests() > 0 ? up : other).add(e));
            moveCounts(c, up, "INSERT INTO request_daily (day, kind, applicant_type, applicant_sub_type, outcome, legal_basis, "
                    + "requests, fees_charged, fees_waived) SELECT * FROM unnest(?::date[], ?::varchar[], ?::varchar[], ?::varchar[], "
                    + "?::varchar[], ?::varchar[], ?::bigint[], ?::numeric[], ?::bigint[]) ON CONFLICT (day, kind, applicant_type, "
                    + "applicant_sub_type, outcome, legal_basis) DO UPDATE SET requests = request_daily.requests + excluded.requests, "
                    + "fees_charged = request_daily.fees_charged + excluded.fees_charged, "
                    + "fees_waived = request_daily.fees_waived + excluded.fees_waived");
            moveCounts(c, other, "UPDATE request_daily d SET requests = d.requests + m.requests, fees_charged = d.fees_charged "
                    + "+ m.fees_charged, fees_waived = d.fees_waived + m.fees_waived FROM unnest(?::date[], ?::varchar[], "
                    + "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::numeric[], ?::bigint[]) "
                    + "AS m(day, kind, applicant_type, applicant_sub_type, outcome, legal_basis, requests, fees_charged, fees_waived) "
                    + "WHERE d.day = m.day AND d.kind = m.kind AND d.applicant_type = m.applicant_type "
                    + "AND d.applicant_sub_type = m.applicant_sub_type AND d.outcome = m.outcome AND d.legal_basis = m.legal_basis");
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    private static void moveCounts(Connection c, List<Map.Entry<RequestDeltas.Key, RequestDeltas.Change>> rows, String sql)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[][] text = new String[7][n];
        Long[] requests = new Long[n];
        Long[] waived = new Long[n];
        for (int i = 0; i < n; i++) {
            RequestDeltas.Key key = rows.get(i).getKey();
            RequestDeltas.Change change = rows.get(i).getValue();
            text[0][i] = key.day().toString();
            text[1][i] = key.kind();
            text[2][i] = key.applicantType();
            text[3][i] = key.applicantSubType();
            text[4][i] = key.outcome();
            text[5][i] = key.legalBasis();
            text[6][i] = change.feesCharged().toPlainString();
            requests[i] = change.requests();
            waived[i] = change.feesWaived();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int column = 0; column < 6; column++) {
                ps.setArray(column + 1, c.createArrayOf("varchar", text[column]));
            }
            ps.setArray(7, c.createArrayOf("int8", requests));
            ps.setArray(8, c.createArrayOf("varchar", text[6]));
            ps.setArray(9, c.createArrayOf("int8", waived));
            ps.executeUpdate();
        }
    }

    /** One row of counts: requests (and fees) of a kind by applicant, outcome and basis, in a day range. */
    public record Count(String applicantType, String applicantSubType, String outcome, String legalBasis, long requests,
                        BigDecimal feesCharged, long feesWaived) {
    }

    /** Sums of a kind over [from, to] (either end open when null). */
    public List<Count> counts(String kind, LocalDate from, LocalDate to) {
        String sql = "SELECT applicant_type, applicant_sub_type, outcome, legal_basis, sum(requests), sum(fees_charged), sum(fees_waived) "
                + "FROM request_daily WHERE kind = ?" + (from == null ? "" : " AND day >= ?") + (to == null ? "" : " AND day <= ?")
                + " GROUP BY applicant_type, applicant_sub_type, outcome, legal_basis HAVING sum(requests) > 0";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, kind);
            if (from != null) {
                ps.setObject(i++, from);
            }
            if (to != null) {
                ps.setObject(i, to);
            }
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getBigDecimal(6), rs.getLong(7)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    public void clear() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("TRUNCATE request_daily, request_fact")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }
}
