package io.gongkai.stats.metric;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.stats.figure.FigureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
public class MetricService {

    private final EntityManager em;
    private final FigureRepository figures;

    public MetricService(EntityManager em, FigureRepository figures) {
        this.em = em;
        this.figures = figures;
    }

    /** Idempotent per channel + period + source: the same figure twice changes nothing. */
    @Transactional
    public MetricViews.Metric push(MetricViews.Push push) {
        Period period;
        try {
            period = Period.parse(push.period());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
        ChannelMetric metric = ChannelMetric.<ChannelMetric>find(
                        "channel = ?1 and granularity = ?2 and periodStart = ?3 and source = ?4",
                        push.channel(), period.granularity(), period.start(), push.source())
                .firstResultOptional().orElse(null);
        String result;
        if (metric == null) {
            metric = new ChannelMetric();
            metric.id = UUID.randomUUID();
            metric.channel = push.channel();
            metric.granularity = period.granularity();
            metric.periodStart = period.start();
            metric.periodEnd = period.end();
            metric.source = push.source();
            metric.count = push.count();
            metric.updatedAt = OffsetDateTime.now();
            metric.persist();
            result = "created";
        } else if (metric.count == push.count()) {
            result = "unchanged";
        } else {
            metric.count = push.count();
            metric.updatedAt = OffsetDateTime.now();
            result = "updated";
        }
        ChannelMetric.flush();
        return new MetricViews.Metric(metric.channel, period.label(), period.granularity(), period.start(), period.end(),
                metric.count, metric.source, result, metric.version);
    }

    /**
     * Totals per channel in [from, to]: a channel's item postings (counted from the event feed), or its pushed
     * figures whose period lies wholly within the range. A channel takes one source, never both: pushed counts
     * where a system pushes them, since they stand for what the items cannot show ("300 articles").
     */
    public MetricViews.ChannelStatistics totals(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("""
                        select m.channel, sum(m.count) from ChannelMetric m
                        where m.periodStart >= :from and m.periodEnd <= :to
                        group by m.channel""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> pushed = new TreeMap<>();
        rows.forEach(r -> pushed.put((String) r[0], ((Number) r[1]).longValue()));
        Map<String, Long> items = new TreeMap<>();
        figures.channelCounts(from, to, null, null).forEach(c -> items.put(c.channel(), c.items()));
        Set<String> names = new TreeSet<>(pushed.keySet());
        names.addAll(items.keySet());
        List<MetricViews.ChannelTotal> channels = new ArrayList<>();
        for (String channel : names) {
            channels.add(pushed.containsKey(channel)
                    ? new MetricViews.ChannelTotal(channel, pushed.get(channel), MetricViews.FigureSource.PUSHED, items.get(channel))
                    : new MetricViews.ChannelTotal(channel, items.get(channel), MetricViews.FigureSource.ITEMS, null));
        }
        long total = channels.stream().mapToLong(MetricViews.ChannelTotal::count).sum();
        return new MetricViews.ChannelStatistics(from, to, total, channels);
    }
}
