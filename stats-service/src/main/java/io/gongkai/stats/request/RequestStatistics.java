package io.gongkai.stats.request;

import io.gongkai.commons.period.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of the report's table 三 for a period, from the pre-aggregated daily counts: new requests,
 * those carried over from before the period, how the ones that ended in it ended, and those carried
 * forward, by applicant column. The table's own rule, 一 + 二 = 三（七）+ 四 in every column, is checked.
 */
@ApplicationScoped
public class RequestStatistics {

    /** The columns of table 三: natural persons, then organisations by sub-type. */
    public static final List<String> COLUMNS = List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "NONPROFIT", "LEGAL_SERVICE", "OTHER");

    private final RequestFigureRepository figures;

    public RequestStatistics(RequestFigureRepository figures) {
        this.figures = figures;
    }

    @Schema(name = "RequestOutcomeCount")
    public record OutcomeCount(@Schema(required = true, example = "NOT_DISCLOSED") String outcome,
                               @Schema(nullable = true, example = "THIRD_PARTY_RIGHTS") String legalBasis,
                               @Schema(required = true) Map<String, Long> byApplicant, @Schema(required = true) long total) {
    }

    @Schema(name = "RequestStatistics", description = "Table 三 of the report for a period")
    public record Figures(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                          @Schema(required = true, description = "一、本年新收") Map<String, Long> received,
                          @Schema(required = true, description = "二、上年结转") Map<String, Long> carriedOver,
                          @Schema(required = true, description = "三、本年度办理结果, one row per outcome (and legal basis)") List<OutcomeCount> outcomes,
                          @Schema(required = true, description = "三（七）总计") Map<String, Long> ended,
                          @Schema(required = true, description = "四、结转下年度继续办理") Map<String, Long> carriedForward,
                          @Schema(required = true) BigDecimal feesCharged, @Schema(required = true) long feesWaived,
                          @Schema(required = true, description = "一 + 二 = 三（七）+ 四 in every column") boolean balanced) {

        /**
         * These figures with requests an admin entered by hand as carried over (never in Gongkai, which went live
         * after they arrived): added to 二 and, as Gongkai never sees them end, to 四, so every column still balances.
         */
        public Figures plusCarriedOverEntered(Map<String, Long> entered) {
            Map<String, Long> over = new LinkedHashMap<>();
            Map<String, Long> forward = new LinkedHashMap<>();
            COLUMNS.forEach(col -> {
                over.put(col, carriedOver.get(col) + entered.getOrDefault(col, 0L));
                forward.put(col, carriedForward.get(col) + entered.getOrDefault(col, 0L));
            });
            boolean stillBalanced = COLUMNS.stream().allMatch(col ->
                    received.get(col) + over.get(col) == ended.get(col) + forward.get(col));
            return new Figures(from, to, received, withTotal(over), outcomes, ended, withTotal(forward), feesCharged, feesWaived,
                    stillBalanced);
        }
    }

    public Figures of(ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, Long> received = byColumn(figures.counts("RECEIVED", from, to));
        Map<String, Long> carriedOver = from == null ? byColumn(List.of())
                : minus(byColumn(figures.counts("RECEIVED", null, from.minusDays(1))), byColumn(figures.counts("ENDED", null, from.minusDays(1))));
        List<RequestFigureRepository.Count> endedRows = figures.counts("ENDED", from, to);
        Map<String, Long> ended = byColumn(endedRows);
        Map<String, Long> carriedForward = to == null ? byColumn(List.of())
                : minus(byColumn(figures.counts("RECEIVED", null, to)), byColumn(figures.counts("ENDED", null, to)));
        Map<String, Map<String, Long>> outcomeRows = new TreeMap<>();
        Map<String, String[]> keys = new TreeMap<>();
        BigDecimal fees = BigDecimal.ZERO;
        long waived = 0;
        for (RequestFigureRepository.Count c : endedRows) {
            String key = c.outcome() + "/" + c.legalBasis();
            keys.put(key, new String[] {c.outcome(), c.legalBasis().isEmpty() ? null : c.legalBasis()});
            outcomeRows.computeIfAbsent(key, k -> zeros()).merge(column(c), c.requests(), Long::sum);
            fees = fees.add(c.feesCharged());
            waived += c.feesWaived();
        }
        List<OutcomeCount> outcomes = new ArrayList<>();
        outcomeRows.forEach((key, counts) -> outcomes.add(new OutcomeCount(keys.get(key)[0], keys.get(key)[1], counts, total(counts))));
        boolean balanced = COLUMNS.stream().allMatch(col ->
                received.get(col) + carriedOver.get(col) == ended.get(col) + carriedForward.get(col));
        return new Figures(from, to, withTotal(received), withTotal(carriedOver), outcomes, withTotal(ended), withTotal(carriedForward),
                fees, waived, balanced);
    }

    static String column(RequestFigureRepository.Count c) {
        return "ORGANISATION".equals(c.applicantType()) ? (COLUMNS.contains(c.applicantSubType()) ? c.applicantSubType() : "OTHER")
                : "NATURAL_PERSON";
    }

    private static Map<String, Long> byColumn(List<RequestFigureRepository.Count> counts) {
        Map<String, Long> columns = zeros();
        counts.forEach(c -> columns.merge(column(c), c.requests(), Long::sum));
        return columns;
    }

    private static Map<String, Long> minus(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> result = zeros();
        COLUMNS.forEach(col -> result.put(col, a.get(col) - b.get(col)));
        return result;
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> columns = new LinkedHashMap<>();
        COLUMNS.forEach(col -> columns.put(col, 0L));
        return columns;
    }

    private static long total(Map<String, Long> counts) {
        return COLUMNS.stream().mapToLong(col -> counts.getOrDefault(col, 0L)).sum();
    }

    private static Map<String, Long> withTotal(Map<String, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>(counts);
        result.put("TOTAL", total(counts));
        return result;
    }
}
