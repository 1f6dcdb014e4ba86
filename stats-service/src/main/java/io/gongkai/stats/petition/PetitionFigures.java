package io.gongkai.stats.petition;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.stats.feed.EventApplier;
import io.gongkai.stats.feed.FeedEvent;
import io.gongkai.stats.figure.DailyCounts;
import io.gongkai.stats.figure.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Petitions (信访) as figures: received per channel and per the report's grouping of channels (the seed
 * counts three mailboxes and the public telephone together), and closed ones with the petitioner's
 * satisfaction where known.
 */
@ApplicationScoped
public class PetitionFigures implements EventApplier {

    static final String RECEIVED = "petition.received";
    static final String CLOSED = "petition.closed";

    private final DailyCounts counts;

    public PetitionFigures(DailyCounts counts) {
        this.counts = counts;
    }

    @Override
    public Set<String> types() {
        return Set.of(RECEIVED, CLOSED);
    }

    @Override
    public PageWork begin(List<FeedEvent> events) {
        return counts.page(PetitionFigures::count);
    }

    private static void count(FeedEvent event, DailyCounts.Tally tally) {
        JsonNode p = Payloads.object(event.payload());
        Map<String, String> dims = Map.of("channel", Payloads.code(p, "channel"), "group", Payloads.optionalCode(p, "reportGroup"));
        if (RECEIVED.equals(event.type())) {
            tally.add("petition.received", Payloads.dayOfTime(p, "receivedAt"), dims);
        } else {
            tally.add("petition.closed", Payloads.dayOfTime(p, "closedAt"),
                    Map.of("channel", dims.get("channel"), "group", dims.get("group"), "satisfaction", Payloads.optionalCode(p, "satisfaction")));
        }
    }

    @Schema(name = "PetitionStatistics")
    public record Figures(@Schema(required = true) long received, @Schema(required = true) Map<String, Long> byChannel,
                          @Schema(required = true, description = "by the report's grouping of channels") Map<String, Long> byGroup,
                          @Schema(required = true) long closed,
                          @Schema(required = true, description = "closed ones by satisfaction (empty key: not known)") Map<String, Long> bySatisfaction) {
    }

    public Figures of(ReportPeriod period) {
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byGroup = new TreeMap<>();
        long received = 0;
        for (Map.Entry<Map<String, String>, Long> e : counts.sums("petition.received", period.from(), period.to()).entrySet()) {
            byChannel.merge(e.getKey().get("channel"), e.getValue(), Long::sum);
            byGroup.merge(e.getKey().getOrDefault("group", ""), e.getValue(), Long::sum);
            received += e.getValue();
        }
        Map<String, Long> bySatisfaction = new TreeMap<>();
        long closed = 0;
        for (Map.Entry<Map<String, String>, Long> e : counts.sums("petition.closed", period.from(), period.to()).entrySet()) {
            bySatisfaction.merge(e.getKey().getOrDefault("satisfaction", ""), e.getValue(), Long::sum);
            closed += e.getValue();
        }
        return new Figures(received, byChannel, byGroup, closed, bySatisfaction);
    }

}
