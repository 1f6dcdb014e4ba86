package io.gongkai.stats.figure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How a page of item events moves the channel counts: for each item, what it contributes now less what it
 * contributed before the page, summed per channel, day, unit and category. Counts that come back to where
 * they were are left out, so that only real changes are written.
 */
public final class ChannelDeltas {

    /** One count of channel_daily. */
    public record Key(String channel, LocalDate day, String unit, int category) {
    }

    private final boolean withdrawnStayCounted;
    private final Map<Key, Long> deltas = new HashMap<>();

    public ChannelDeltas(boolean withdrawnStayCounted) {
        this.withdrawnStayCounted = withdrawnStayCounted;
    }

    /** An item went from {@code before} (null: not known before) to {@code after}. */
    public void move(ItemContribution before, ItemContribution after) {
        if (before != null && before.counted(withdrawnStayCounted)) {
            add(before, -1);
        }
        if (after.counted(withdrawnStayCounted)) {
            add(after, +1);
        }
    }

    private void add(ItemContribution item, long delta) {
        item.postings().forEach((channel, day) -> deltas.merge(new Key(channel, day, item.unit(), item.category()), delta,
                (a, b) -> a + b == 0 ? null : a + b));
    }

    /** The non-zero changes, by count. */
    public Map<Key, Long> changes() {
        return deltas;
    }
}
