package io.gongkai.stats.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.stats.feed.EventApplier;
import io.gongkai.stats.feed.FeedEvent;
import io.gongkai.stats.feed.UnappliableEvent;
import io.gongkai.stats.figure.DailyCounts;
import io.gongkai.stats.figure.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public's evaluations (评议) of the disclosure work: how many, the average rating and its distribution. */
@ApplicationScoped
public class EvaluationFigures implements EventApplier {

    static final String RECEIVED = "evaluation.received";

    private final DailyCounts counts;

    public EvaluationFigures(DailyCounts counts) {
        this.counts = counts;
    }

    @Override
    public Set<String> types() {
        return Set.of(RECEIVED);
    }

    @Override
    public PageWork begin(List<FeedEvent> events) {
        return counts.page(EvaluationFigures::count);
    }

    private static void count(FeedEvent event, DailyCounts.Tally tally) {
        JsonNode p = Payloads.object(event.payload());
        int rating = p.path("rating").asInt(0);
        if (rating < 1 || rating > 5) {
            throw new UnappliableEvent("rating must be 1 to 5");
        }
        tally.add("evaluation.received", Payloads.dayOfTime(p, "receivedAt"), Map.of("rating", Integer.toString(rating)));
    }

    @Schema(name = "EvaluationStatistics")
    public record Figures(@Schema(required = true) long count,
                          @Schema(nullable = true, description = "null when there were none") Double averageRating,
                          @Schema(required = true, description = "how many gave each rating, 1 to 5") Map<String, Long> distribution) {
    }

    public Figures of(ReportPeriod period) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int r = 1; r <= 5; r++) {
            distribution.put(Integer.toString(r), 0L);
        }
        counts.sums("evaluation.received", period.from(), period.to()).forEach((dims, n) -> distribution.merge(dims.get("rating"), n, Long::sum));
        long count = distribution.values().stream().mapToLong(Long::longValue).sum();
        long weighted = distribution.entrySet().stream().mapToLong(e -> Long.parseLong(e.getKey()) * e.getValue()).sum();
        Double average = count == 0 ? null : Math.round(weighted * 100.0 / count) / 100.0;
        return new Figures(count, average, distribution);
    }
}
