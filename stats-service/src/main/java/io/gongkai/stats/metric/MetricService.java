package io.gongkai.stats.metric;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.stats.figure.FigureRepository;
import io.gongkai.stats.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final FigureRepository figures;

    public MetricService(FigureRepository figures) {
        this.figures = figures;
    }

    /** Idempotent per channel + period + source: the same figure twice changes nothing. */
    @Transactional
    public MetricViews.Metric push(MetricViews.Push push, Caller caller) {
        if (!caller.mayActAsSource(push.source())) {
            throw ProblemException.forbidden(caller.source().map(s -> "This key pushes as source '" + s + "' only")
                    .orElse("This key is not bound to a source system"));
        }
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
        return figures(from, to, null, null, null);
    }

    /**
     * The dashboard's figures: the totals of [from, to] as {@link #totals}, for one unit or checklist category when asked (then only
     * item postings count: a pushed figure belongs to no unit), and with a granularity a series of the same totals per day, week,
     * month or year. In a series a pushed figure counts in the point whose days hold its whole period.
     *
     * @throws IllegalArgumentException when the series would be too long
     */
    public MetricViews.ChannelStatistics figures(LocalDate from, LocalDate to, String unit, Integer category, Buckets.Granularity granularity) {
        List<Buckets.Bucket> buckets = granularity == null ? List.of() : Buckets.of(granularity, from, to);
        boolean itemsOnly = unit != null || category != null;
        List<ChannelMetric> pushed = itemsOnly ? List.of()
                : ChannelMetric.<ChannelMetric>list("periodStart >= ?1 and periodEnd <= ?2", from, to);
        Map<String, Long> items = new TreeMap<>();
        figures.channelCounts(from, to, unit, category).forEach(c -> items.put(c.channel(), c.items()));
        List<MetricViews.ChannelTotal> channels = combine(sum(pushed, from, to), items);
        List<MetricViews.ChannelPoint> series = new ArrayList<>();
        if (granularity != null) {
            Map<LocalDate, Map<String, Long>> itemSeries = new TreeMap<>();
            figures.channelSeries(from, to, unit, category, granularity.sqlStart("day"))
                    .forEach(c -> itemSeries.computeIfAbsent(c.bucket(), b -> new TreeMap<>()).put(c.channel(), c.items()));
            for (Buckets.Bucket b : buckets) {
                List<MetricViews.ChannelTotal> point = combine(sum(pushed, b.from(), b.to()), itemSeries.getOrDefault(b.start(), Map.of()));
                series.add(new MetricViews.ChannelPoint(b.label(), b.from(), b.to(), point.stream().mapToLong(MetricViews.ChannelTotal::count).sum(),
                        point));
            }
        }
        long total = channels.stream().mapToLong(MetricViews.ChannelTotal::count).sum();
        return new MetricViews.ChannelStatistics(from, to, total, channels, unit, category, granularity == null ? null : granularity.code(),
                series);
    }

    private static Map<String, Long> sum(List<ChannelMetric> pushed, LocalDate from, LocalDate to) {
        Map<String, Long> sums = new TreeMap<>();
        for (ChannelMetric m : pushed) {
            if (!m.periodStart.isBefore(from) && !m.periodEnd.isAfter(to)) {
                sums.merge(m.channel, m.count, Long::sum);
            }
        }
        return sums;
    }

    /** A channel takes one source, never both: pushed counts where a system pushes them, else its item postings. */
    private static List<MetricViews.ChannelTotal> combine(Map<String, Long> pushed, Map<String, Long> items) {
        Set<String> names = new TreeSet<>(pushed.keySet());
        names.addAll(items.keySet());
        List<MetricViews.ChannelTotal> channels = new ArrayList<>();
        for (String channel : names) {
            channels.add(pushed.containsKey(channel)
                    ? new MetricViews.ChannelTotal(channel, pushed.get(channel), MetricViews.FigureSource.PUSHED, items.get(channel))
                    : new MetricViews.ChannelTotal(channel, items.get(channel), MetricViews.FigureSource.ITEMS, null));
        }
        return channels;
    }
}
