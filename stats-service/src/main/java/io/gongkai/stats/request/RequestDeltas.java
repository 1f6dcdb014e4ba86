package io.gongkai.stats.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How a page of request events moves the daily counts of table 三: for each request, what it counts now less
 * what it counted before the page. A request counts once as received, on its day, and once more as ended (with
 * its outcome, legal basis and fee) on the day it ended. Rows that come back to where they were are left out.
 */
public final class RequestDeltas {

    /** One row of request_daily. */
    public record Key(LocalDate day, String kind, String applicantType, String applicantSubType, String outcome, String legalBasis) {
    }

    /** How much a row moves. */
    public record Change(long requests, BigDecimal feesCharged, long feesWaived) {

        Change plus(Change other) {
            return new Change(requests + other.requests, feesCharged.add(other.feesCharged), feesWaived + other.feesWaived);
        }

        boolean none() {
            return requests == 0 && feesCharged.signum() == 0 && feesWaived == 0;
        }
    }

    private final Map<Key, Change> changes = new HashMap<>();

    /** A request went from {@code before} (null: not known before) to {@code after}. */
    public void move(RequestFact before, RequestFact after) {
        if (before != null) {
            count(before, -1);
        }
        count(after, +1);
    }

    private void count(RequestFact fact, int sign) {
        add(new Key(fact.receivedOn(), "RECEIVED", fact.applicantType(), fact.applicantSubType(), "", ""),
                new Change(sign, BigDecimal.ZERO, 0));
        if (fact.ended()) {
            BigDecimal fee = fact.feeAmount() == null ? BigDecimal.ZERO : fact.feeAmount();
            add(new Key(fact.endedOn(), "ENDED", fact.applicantType(), fact.applicantSubType(), fact.outcome(),
                    fact.legalBasis() == null ? "" : fact.legalBasis()),
                    new Change(sign, fee.multiply(BigDecimal.valueOf(sign)), fact.feeWaived() ? sign : 0));
        }
    }

    private void add(Key key, Change change) {
        changes.merge(key, change, (a, b) -> a.plus(b).none() ? null : a.plus(b));
    }

    /** The rows that move, and by how much. */
    public Map<Key, Change> changes() {
        return changes;
    }
}
