package io.gongkai.stats.report;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.stats.figure.ItemFiguresMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last good annex per period, so that a report does not ask disclosure-service's coverage each time: an
 * item event applied for a day of a period forgets that period's annex, and the next report asks again (through
 * {@link AnnexClient}, with its fault tolerance). An unavailable annex is never kept. In memory, per instance.
 */
@ApplicationScoped
public class AnnexCache {

    private final AnnexClient client;
    private final Map<ReportPeriod, AnnualReport.Annex> annexes = new ConcurrentHashMap<>();
    // moved on every forgetting: an answer asked for before an item event is not kept after it
    private final AtomicLong generation = new AtomicLong();

    public AnnexCache(AnnexClient client) {
        this.client = client;
    }

    public AnnualReport.Annex annex(ReportPeriod period) {
        AnnualReport.Annex cached = annexes.get(period);
        if (cached != null) {
            return cached;
        }
        long asked = generation.get();
        AnnualReport.Annex answer = client.annex(period);
        if (answer.available() && generation.get() == asked) {
            annexes.put(period, answer);
        }
        return answer;
    }

    void itemMoved(@Observes ItemFiguresMoved moved) {
        generation.incrementAndGet();
        annexes.keySet().removeIf(period -> moved.days().stream().anyMatch(period::contains));
    }
}
