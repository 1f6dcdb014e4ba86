package io.gongkai.stats.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a page of item events moves the channel counts: the sum of each item's change, nothing for what comes back. */
class ChannelDeltasTest {

    private static final UUID ID = UUID.randomUUID();
    private static final LocalDate MARCH = LocalDate.of(2022, 3, 1);
    private static final LocalDate MAY = LocalDate.of(2022, 5, 2);

    private static ItemContribution item(String status, String unit, Object... channelsAndDays) {
        Map<String, LocalDate> postings = new LinkedHashMap<>();
        for (int i = 0; i < channelsAndDays.length; i += 2) {
            postings.put((String) channelsAndDays[i], (LocalDate) channelsAndDays[i + 1]);
        }
        return new ItemContribution(ID, status, MARCH, unit, 2, "7", "PUBLIC", postings);
    }

    private static ChannelDeltas.Key key(String channel, LocalDate day, String unit) {
        return new ChannelDeltas.Key(channel, day, unit, 2);
    }

    @Test
    void aNewItemCountsOnEachChannelOnItsDay() {
        ChannelDeltas deltas = new ChannelDeltas(true);
        deltas.move(null, item("PUBLISHED", "HR", "PORTAL", MARCH, "NEWSPAPER", MAY));
        assertEquals(Map.of(key("PORTAL", MARCH, "HR"), 1L, key("NEWSPAPER", MAY, "HR"), 1L), deltas.changes());
    }

    @Test
    void aChangeMovesOnlyWhatDiffers() {
        ChannelDeltas deltas = new ChannelDeltas(true);
        deltas.move(item("PUBLISHED", "HR", "PORTAL", MARCH, "WECHAT", MARCH), item("PUBLISHED", "HR", "PORTAL", MARCH, "TV", MAY));
        assertEquals(Map.of(key("WECHAT", MARCH, "HR"), -1L, key("TV", MAY, "HR"), 1L), deltas.changes());
    }

    @Test
    void aDraftCountsNothingAndAWithdrawnItemFollowsTheSetting() {
        ChannelDeltas stay = new ChannelDeltas(true);
        stay.move(item("PUBLISHED", "HR", "PORTAL", MARCH), item("WITHDRAWN", "HR", "PORTAL", MARCH));
        assertEquals(Map.of(), stay.changes());
        ChannelDeltas leave = new ChannelDeltas(false);
        leave.move(item("PUBLISHED", "HR", "PORTAL", MARCH), item("WITHDRAWN", "HR", "PORTAL", MARCH));
        assertEquals(Map.of(key("PORTAL", MARCH, "HR"), -1L), leave.changes());
        ChannelDeltas draft = new ChannelDeltas(true);
        draft.move(null, item("DRAFT", "HR", "PORTAL", MARCH));
        assertEquals(Map.of(), draft.changes());
    }

    @Test
    void manyItemsOfAPageAddUpAndCancelOut() {
        ChannelDeltas deltas = new ChannelDeltas(true);
        deltas.move(null, item("PUBLISHED", "HR", "PORTAL", MARCH));
        deltas.move(null, item("PUBLISHED", "HR", "PORTAL", MARCH));
        deltas.move(item("PUBLISHED", "HR", "PORTAL", MARCH), item("PUBLISHED", "FINANCE", "PORTAL", MARCH));
        // HR's PORTAL count: +1 +1 -1; FINANCE's: +1
        assertEquals(Map.of(key("PORTAL", MARCH, "HR"), 1L, key("PORTAL", MARCH, "FINANCE"), 1L), deltas.changes());
        deltas.move(item("PUBLISHED", "HR", "PORTAL", MARCH), item("DRAFT", "HR", "PORTAL", MARCH));
        assertEquals(Map.of(key("PORTAL", MARCH, "FINANCE"), 1L), deltas.changes());
    }
}
