package io.gongkai.stats.metric;

import io.gongkai.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MetricService {

    private final EntityManager em;

    public MetricService(EntityManager em) {
        this.em = em;
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

    /** Totals per channel of the figures whose period lies wholly within [from, to]. */
    public MetricViews.ChannelStatistics totals(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("""
                        select m.channel, sum(m.count) from ChannelMetric m
                        where m.periodStart >= :from and m.periodEnd <= :to
                        group by m.channel order by m.channel""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<MetricViews.ChannelTotal> channels = rows.stream()
                .map(r -> new MetricViews.ChannelTotal((String) r[0], ((Number) r[1]).longValue())).toList();
        long total = channels.stream().mapToLong(MetricViews.ChannelTotal::count).sum();
        return new MetricViews.ChannelStatistics(from, to, total, channels);
    }
}
