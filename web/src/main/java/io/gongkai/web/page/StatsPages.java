package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicReads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 统计: channel totals per month and request outcomes of a report year, each a data table that the page's script
 * draws as a chart (ECharts, on this page only); the table is the figure, the chart only shows it.
 */
@Path("/stats")
public class StatsPages {

    /** A row of the channel table: its label, its total and one count per channel column. */
    public record MonthRow(String label, long total, List<Long> counts) {
    }

    /** A row of the outcome table. */
    public record OutcomeRow(String name, long total) {
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance stats(String period, int year, boolean inProgress, List<Years.YearLink> years,
                                             List<String> channels, List<MonthRow> months, MonthRow yearRow, long monthsTotal,
                                             List<String> reported, List<OutcomeRow> outcomes, long received, long carriedOver,
                                             long ended, long carriedForward);
    }

    private final PublicReads reads;
    private final Names names;
    private final Years years;

    public StatsPages(PublicReads reads, Names names, Years years) {
        this.reads = reads;
        this.names = names;
        this.years = years;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance stats(@QueryParam("year") String yearText) {
        Integer asked = ColumnPages.number("year", "学年", yearText);
        int year = asked != null ? asked : years.latestWithData();
        Names.Snapshot n = names.current();
        ApiViews.ChannelStatistics channels = reads.channelStatistics(year, "month");
        Set<String> codes = new LinkedHashSet<>();
        channels.channels().forEach(c -> codes.add(c.channel()));
        List<MonthRow> months = new ArrayList<>();
        long monthsTotal = 0;
        for (ApiViews.ChannelPoint point : channels.series()) {
            months.add(new MonthRow(monthLabel(point.period()), point.total(), counts(codes, point.channels())));
            monthsTotal += point.total();
        }
        MonthRow yearRow = new MonthRow("全年", channels.total(), counts(codes, channels.channels()));
        // a channel whose figures its own system reports (not counted from the items here) may report the year only
        List<String> reported = channels.channels().stream().filter(c -> c.source() != null && !"ITEMS".equals(c.source()))
                .map(c -> n.channel(c.channel())).distinct().toList();
        ApiViews.RequestFigures requests = reads.summary(year).requests();
        List<OutcomeRow> outcomes = requests.outcomes().stream()
                .map(o -> new OutcomeRow(Labels.outcome(o.outcome(), o.legalBasis()), o.total())).toList();
        return Templates.stats(ColumnPages.yearLabel(year), year, year == Years.inProgress(), Years.links(year),
                codes.stream().map(n::channel).toList(), months, yearRow, monthsTotal, reported, outcomes,
                total(requests.received()), total(requests.carriedOver()), total(requests.ended()), total(requests.carriedForward()));
    }

    @GET
    @Path("channels.csv")
    @Produces("text/csv")
    public Response channelsCsv(@QueryParam("year") String yearText) {
        Integer year = ColumnPages.number("year", "学年", yearText);
        int shown = year != null ? year : years.latestWithData();
        return Response.ok(reads.channelsCsv(shown, "month"), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"channels-" + shown + ".csv\"").build();
    }

    private static List<Long> counts(Set<String> codes, List<ApiViews.ChannelTotal> totals) {
        List<Long> counts = new ArrayList<>();
        for (String code : codes) {
            counts.add(totals.stream().filter(c -> c.channel().equals(code)).mapToLong(ApiViews.ChannelTotal::count).sum());
        }
        return counts;
    }

    /** "2022年3月" for the API's "2022-03". */
    static String monthLabel(String period) {
        if (period != null && period.matches("\\d{4}-\\d{2}")) {
            return period.substring(0, 4) + "年" + Integer.parseInt(period.substring(5)) + "月";
        }
        return period;
    }

    private static long total(Map<String, Long> columns) {
        // the "total" column, where the API gives one, else the sum of the applicant columns
        if (columns == null) {
            return 0;
        }
        Long total = columns.get("TOTAL");
        return total != null ? total : columns.values().stream().mapToLong(Long::longValue).sum();
    }
}
