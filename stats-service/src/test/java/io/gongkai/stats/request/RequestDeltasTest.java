package io.gongkai.stats.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a page of request events moves table 三's daily rows: received once on its day, ended once with its outcome and fee. */
class RequestDeltasTest {

    private static final UUID ID = UUID.randomUUID();
    private static final LocalDate IN = LocalDate.of(2022, 3, 1);
    private static final LocalDate OUT = LocalDate.of(2022, 3, 20);

    private static RequestFact received() {
        return new RequestFact(ID, IN, "CITIZEN", "", null, null, null, null, false);
    }

    private static RequestFact answered(String outcome, String basis, String fee, boolean waived) {
        return new RequestFact(ID, IN, "CITIZEN", "", OUT, outcome, basis, fee == null ? null : new BigDecimal(fee), waived);
    }

    private static RequestDeltas.Key receivedRow() {
        return new RequestDeltas.Key(IN, "RECEIVED", "CITIZEN", "", "", "");
    }

    private static RequestDeltas.Key endedRow(String outcome, String basis) {
        return new RequestDeltas.Key(OUT, "ENDED", "CITIZEN", "", outcome, basis);
    }

    @Test
    void receivedAndAnsweredInOnePageCountOnceEach() {
        RequestDeltas deltas = new RequestDeltas();
        deltas.move(null, received());
        deltas.move(received(), answered("GRANTED", null, "12.50", false));
        assertEquals(Map.of(receivedRow(), new RequestDeltas.Change(1, BigDecimal.ZERO, 0),
                endedRow("GRANTED", ""), new RequestDeltas.Change(1, new BigDecimal("12.50"), 0)), deltas.changes());
    }

    @Test
    void anAnswerChangedLaterMovesItsRowAndLeavesTheReceiptAlone() {
        RequestDeltas deltas = new RequestDeltas();
        deltas.move(answered("GRANTED", null, "10", true), answered("NOT_DISCLOSED", "STATE_SECRET", null, false));
        assertEquals(Map.of(endedRow("GRANTED", ""), new RequestDeltas.Change(-1, new BigDecimal("-10"), -1),
                endedRow("NOT_DISCLOSED", "STATE_SECRET"), new RequestDeltas.Change(1, BigDecimal.ZERO, 0)), deltas.changes());
    }

    @Test
    void aFeeCorrectedOnTheSameRowMovesOnlyTheFee() {
        RequestDeltas deltas = new RequestDeltas();
        deltas.move(answered("GRANTED", null, "10", false), answered("GRANTED", null, "4", false));
        assertEquals(Map.of(endedRow("GRANTED", ""), new RequestDeltas.Change(0, new BigDecimal("-6"), 0)), deltas.changes());
    }
}
