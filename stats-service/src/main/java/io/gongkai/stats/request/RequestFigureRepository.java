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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The request figures' tables, in plain JDBC beside the channel figures (FigureRepository). */
@ApplicationScoped
public class RequestFigureRepository {

    private final DataSource dataSource;

    public RequestFigureRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<RequestFact> find(UUID requestId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT received_on, applicant_type, "
                + "applicant_sub_type, ended_on, outcome, legal_basis, fee_amount, fee_waived FROM request_fact WHERE request_id = ? FOR UPDATE")) {
            ps.setObject(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RequestFact(requestId, rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8)));
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    /** Replaces a request's facts and moves the daily counts by the difference. */
    public void replace(Optional<RequestFact> before, RequestFact after) {
        try (Connection c = dataSource.getConnection()) {
            if (before.isPresent()) {
                adjust(c, before.get(), -1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_fact (request_id, received_on, applicant_type, "
                    + "applicant_sub_type, ended_on, outcome, legal_basis, fee_amount, fee_waived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (request_id) DO UPDATE SET received_on = excluded.received_on, applicant_type = excluded.applicant_type, "
                    + "applicant_sub_type = excluded.applicant_sub_type, ended_on = excluded.ended_on, outcome = excluded.outcome, "
                    + "legal_basis = excluded.legal_basis, fee_amount = excluded.fee_amount, fee_waived = excluded.fee_waived")) {
                ps.setObject(1, after.requestId());
                ps.setObject(2, after.receivedOn());
                ps.setString(3, after.applicantType());
                ps.setString(4, after.applicantSubType());
                ps.setObject(5, after.endedOn());
                ps.setString(6, after.outcome());
                ps.setString(7, after.legalBasis());
                ps.setBigDecimal(8, after.feeAmount());
                ps.setBoolean(9, after.feeWaived());
                ps.executeUpdate();
            }
            adjust(c, after, +1);
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
    }

    private static void adjust(Connection c, RequestFact fact, int delta) throws SQLException {
        count(c, fact.receivedOn(), "RECEIVED", fact, "", "", BigDecimal.ZERO, false, delta);
        if (fact.ended()) {
            count(c, fact.endedOn(), "ENDED", fact, fact.outcome(), fact.legalBasis() == null ? "" : fact.legalBasis(),
                    fact.feeAmount() == null ? BigDecimal.ZERO : fact.feeAmount(), fact.feeWaived(), delta);
        }
    }

    private static void count(Connection c, LocalDate day, String kind, RequestFact fact, String outcome, String basis,
                              BigDecimal fee, boolean waived, int delta) throws SQLException {
        BigDecimal feeDelta = fee.multiply(BigDecimal.valueOf(delta));
        long waivedDelta = waived ? delta : 0;
        // counts going down always have their row; the check on requests >= 0 applies to an upsert's proposed row
        String sql = delta > 0
                ? "INSERT INTO request_daily (day, kind, applicant_type, applicant_sub_type, outcome, legal_basis, requests, fees_charged, "
                        + "fees_waived) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (day, kind, applicant_type, applicant_sub_type, outcome, "
                        + "legal_basis) DO UPDATE SET requests = request_daily.requests + 1, fees_charged = request_daily.fees_charged "
                        + "+ excluded.fees_charged, fees_waived = request_daily.fees_waived + excluded.fees_waived"
                : "UPDATE request_daily SET requests = requests - 1, fees_charged = fees_charged + ?, fees_waived = fees_waived + ? "
                        + "WHERE day = ? AND kind = ? AND applicant_type = ? AND applicant_sub_type = ? AND outcome = ? AND legal_basis = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (delta < 0) {
                ps.setBigDecimal(i++, feeDelta);
                ps.setLong(i++, waivedDelta);
            }
            ps.setObject(i++, day);
            ps.setString(i++, kind);
            ps.setString(i++, fact.applicantType());
            ps.setString(i++, fact.applicantSubType());
            ps.setString(i++, outcome);
            ps.setString(i++, basis);
            if (delta > 0) {
                ps.setBigDecimal(i++, feeDelta);
                ps.setLong(i, waivedDelta);
            }
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
