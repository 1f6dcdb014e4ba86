package io.gongkai.stats.casework;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.stats.feed.EventApplier;
import io.gongkai.stats.feed.FeedEvent;
import io.gongkai.stats.figure.DailyCounts;
import io.gongkai.stats.figure.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Complaints (举报), administrative reviews (复议) and lawsuits (诉讼, directly or after a review) about the
 * disclosure work, as the government report's table 四 counts them: those closed in the period by result,
 * and those still open at its end (尚未审结).
 */
@ApplicationScoped
public class CaseFigures implements EventApplier {

    static final String RECEIVED = "case.received";
    static final String CLOSED = "case.closed";
    /** The rows of table 四 (and the MoE report's complaints), in the template's order. */
    public static final List<String> ROWS = List.of("COMPLAINT", "REVIEW", "LAWSUIT_DIRECT", "LAWSUIT_AFTER_REVIEW");
    public static final List<String> RESULTS = List.of("UPHELD", "CORRECTED", "OTHER");

    private final DailyCounts counts;

    public CaseFigures(DailyCounts counts) {
        this.counts = counts;
    }

    @Override
    public Set<String> types() {
        return Set.of(RECEIVED, CLOSED);
    }

    @Override
    public PageWork begin(List<FeedEvent> events) {
        return counts.page(CaseFigures::count);
    }

    private static void count(FeedEvent event, DailyCounts.Tally tally) {
        JsonNode p = Payloads.object(event.payload());
        String row = row(Payloads.code(p, "kind"), Payloads.optionalCode(p, "lawsuitRoute"));
        if (RECEIVED.equals(event.type())) {
            tally.add("case.received", Payloads.date(p, "receivedOn"), Map.of("row", row));
        } else {
            tally.add("case.closed", Payloads.date(p, "closedOn"), Map.of("row", row, "result", Payloads.code(p, "result")));
        }
    }

    private static String row(String kind, String route) {
        return "LAWSUIT".equals(kind) ? ("AFTER_REVIEW".equals(route) ? "LAWSUIT_AFTER_REVIEW" : "LAWSUIT_DIRECT") : kind;
    }

    @Schema(name = "CaseRow", description = "One row of table 四: closed in the period by result, open at its end, total")
    public record Row(@Schema(required = true) String row, @Schema(required = true) long upheld, @Schema(required = true) long corrected,
                      @Schema(required = true) long other, @Schema(required = true) long open, @Schema(required = true) long total) {
    }

    public List<Row> of(ReportPeriod period) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        ROWS.forEach(r -> rows.put(r, new long[4]));
        counts.sums("case.closed", period.from(), period.to()).forEach((dims, n) -> {
            long[] row = rows.computeIfAbsent(dims.get("row"), r -> new long[4]);
            int result = RESULTS.indexOf(dims.get("result"));
            row[result < 0 ? 2 : result] += n;
        });
        // open at the end of the period: received by then and not closed by then
        counts.sums("case.received", null, period.to()).forEach((dims, n) -> rows.computeIfAbsent(dims.get("row"), r -> new long[4])[3] += n);
        counts.sums("case.closed", null, period.to()).forEach((dims, n) -> rows.computeIfAbsent(dims.get("row"), r -> new long[4])[3] -= n);
        return rows.entrySet().stream().map(e -> {
            long[] v = e.getValue();
            return new Row(e.getKey(), v[0], v[1], v[2], v[3], v[0] + v[1] + v[2] + v[3]);
        }).toList();
    }
}
