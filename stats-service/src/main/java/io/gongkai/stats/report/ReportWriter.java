package io.gongkai.stats.report;

import io.gongkai.stats.casework.CaseFigures;
import io.gongkai.stats.metric.MetricViews;
import io.gongkai.stats.report.AnnualReport.Check;
import io.gongkai.stats.report.AnnualReport.Figure;
import io.gongkai.stats.report.AnnualReport.Section;
import io.gongkai.stats.report.AnnualReport.Table;
import io.gongkai.stats.request.RequestStatistics;
import io.gongkai.stats.summary.SummaryResource.Summary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a year's annual report from its figures, settings and texts, in either filing format
 * (docs/domain.md, "The annual report"): the MoE format (the seed's seven sections and the annex) or the government
 * format (six parts with tables 二, 三, 四). Pure: the same inputs always give the same report.
 */
public final class ReportWriter {

    /** What a report is written from. Narratives by section key; a missing one takes its default. */
    public record Input(int year, ReportFormat format, String institution, LocalDate signedOn, Map<String, String> narratives,
                        Summary figures, AnnualReport.Annex annex, Map<String, Long> carriedOverEntered) {

        /** A report without carried-over requests entered by hand. */
        public Input(int year, ReportFormat format, String institution, LocalDate signedOn, Map<String, String> narratives,
                     Summary figures, AnnualReport.Annex annex) {
            this(year, format, institution, signedOn, narratives, figures, annex, Map.of());
        }
    }

    private static final List<String> COLUMNS = RequestStatistics.COLUMNS;
    private static final List<String> COLUMN_NAMES = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");

    private final Wording wording;

    public ReportWriter(Wording wording) {
        this.wording = wording;
    }

    public AnnualReport write(Input in) {
        List<Check> checks = checks(in.figures());
        List<Section> sections = in.format() == ReportFormat.GOV ? gov(in) : moe(in);
        String title = in.institution() + " " + in.year() + " 年信息公开工作" + (in.format() == ReportFormat.GOV ? "年度报告" : "报告");
        String introduction = in.format() == ReportFormat.GOV
                ? "本报告根据《中华人民共和国政府信息公开条例》和《高等学校信息公开办法》要求编制，统计期限为 "
                        + in.figures().from() + " 至 " + in.figures().to() + "。"
                : "按照教育部办公厅《关于做好高校信息公开年度报告工作的通知》要求，我校对 " + in.year()
                        + " 年学校信息公开工作进行了认真检查，现将具体情况报告如下：";
        return new AnnualReport(in.year(), in.format().code(), title, in.institution(), in.figures().from(), in.figures().to(),
                in.signedOn(), introduction, sections, in.annex(), checks, checks.stream().allMatch(Check::holds), figures(in.figures(), in.carriedOverEntered()),
                null);
    }

    // --- the MoE format ------------------------------------------------------------------------

    private List<Section> moe(Input in) {
        Summary f = in.figures();
        List<Section> sections = new ArrayList<>();
        sections.add(text("overview", "一、工作概述", narrative(in, "overview")));
        List<Section> proactive = new ArrayList<>();
        proactive.add(new Section("proactive.count", "（一）主动公开信息数量",
                List.of(proactiveSentence(f.channels()), petitionSentence(f)).stream().filter(s -> !s.isEmpty()).toList(), List.of(), List.of()));
        proactive.add(text("proactive.content", "（二）主动公开信息内容", narrative(in, "proactive.content")));
        proactive.add(text("proactive.ways", "（三）主动公开信息的方式和途径", narrative(in, "proactive.ways")));
        proactive.add(text("proactive.key-areas", "（四）重点领域信息主动公开情况", narrative(in, "proactive.key-areas")));
        sections.add(new Section("proactive", "二、主动公开情况", List.of(), List.of(), proactive));
        List<String> requestParagraphs = new ArrayList<>(List.of(requestSentence(in.year(), f.requests())));
        enteredSentence(in.carriedOverEntered()).ifPresent(requestParagraphs::add);
        sections.add(new Section("requests", "三、依申请公开和不予公开情况", requestParagraphs, List.of(), List.of()));
        sections.add(new Section("evaluations", "四、对信息公开的评议情况",
                List.of(narrative(in, "evaluations"), evaluationSentence(f)), List.of(), List.of()));
        sections.add(new Section("cases", "五、因学校信息公开工作受到举报、复议、诉讼的情况", List.of(caseSentence(f.cases())), List.of(), List.of()));
        sections.add(text("improvements", "六、本年度信息公开工作的新做法新举措、主要经验、问题和下一步改进措施", narrative(in, "improvements")));
        sections.add(text("other", "七、其他需要报告的事项", narrative(in, "other")));
        return sections;
    }

    String proactiveSentence(MetricViews.ChannelStatistics channels) {
        List<String> parts = new ArrayList<>();
        List<MetricViews.ChannelTotal> ordered = new ArrayList<>(channels.channels());
        ordered.sort(Comparator.comparingInt(c -> wording.channelOrder(c.channel())));
        for (MetricViews.ChannelTotal c : ordered) {
            parts.add(wording.channel(c.channel(), c.count()));
        }
        if (parts.isEmpty()) {
            return "本年度未统计到主动公开信息。";
        }
        return "全校主动公开信息共计 " + channels.total() + " 条。其中，" + String.join("，", parts) + "。";
    }

    String petitionSentence(Summary f) {
        List<String> parts = new ArrayList<>();
        List<Map.Entry<String, Long>> groups = new ArrayList<>(f.petitions().byGroup().entrySet());
        groups.sort(Comparator.comparingInt(e -> wording.petitionOrder(e.getKey().isEmpty() ? "OTHER" : e.getKey())));
        groups.forEach(e -> parts.add(wording.petitions(e.getKey().isEmpty() ? "OTHER" : e.getKey(), e.getValue())));
        return parts.isEmpty() ? "" : "学校充分发挥信访工作在校务公开中的重要作用，" + String.join("，", parts) + "。";
    }

    String requestSentence(int year, RequestStatistics.Figures r) {
        long received = r.received().get("TOTAL");
        long carried = r.carriedOver().get("TOTAL");
        if (received == 0 && carried == 0 && r.ended().get("TOTAL") == 0) {
            return year + " 年度，学校未接到信息公开申请，没有因依申请公开信息收取或减免费用情况。";
        }
        long organisations = received - r.received().get("NATURAL_PERSON");
        StringBuilder s = new StringBuilder("本年度共收到信息公开申请 ").append(received).append(" 件，其中自然人 ")
                .append(r.received().get("NATURAL_PERSON")).append(" 件，法人或其他组织 ").append(organisations).append(" 件");
        if (carried > 0) {
            s.append("；上年结转 ").append(carried).append(" 件");
        }
        s.append("。本年度办结 ").append(r.ended().get("TOTAL")).append(" 件");
        List<String> outcomes = new ArrayList<>();
        for (RequestStatistics.OutcomeCount o : r.outcomes()) {
            outcomes.add(wording.outcome(o.outcome()) + (o.legalBasis() == null ? "" : "（" + wording.basis(o.legalBasis()) + "）")
                    + " " + o.total() + " 件");
        }
        if (!outcomes.isEmpty()) {
            s.append("，其中").append(String.join("，", outcomes));
        }
        s.append("；结转下年度继续办理 ").append(r.carriedForward().get("TOTAL")).append(" 件。");
        if (r.feesCharged().signum() == 0 && r.feesWaived() == 0) {
            s.append("没有因依申请公开信息收取或减免费用情况。");
        } else {
            s.append("因依申请公开信息收取费用 ").append(r.feesCharged().stripTrailingZeros().toPlainString()).append(" 元，减免费用 ")
                    .append(r.feesWaived()).append(" 件。");
        }
        return s.toString();
    }

    /** What the report says of carried-over requests an admin entered by hand: how many, and that they count in 二 and 四. */
    static Optional<String> enteredSentence(Map<String, Long> entered) {
        long total = entered.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Optional.empty();
        }
        long persons = entered.getOrDefault("NATURAL_PERSON", 0L);
        return Optional.of("上年结转的申请中，" + total + " 件（自然人 " + persons + " 件，法人或其他组织 " + (total - persons)
                + " 件）为信息公开平台启用前受理、由管理员手工录入的数量；平台中没有其办理记录，故一并计入结转下年度继续办理。");
    }

    String evaluationSentence(Summary f) {
        if (f.evaluations().count() == 0) {
            return "本学年度未收到公众对信息公开工作的评议。";
        }
        return "本学年度共收到公众对信息公开工作的评议 " + f.evaluations().count() + " 份，平均评分 " + f.evaluations().averageRating()
                + " 分（满分 5 分）。";
    }

    String caseSentence(List<CaseFigures.Row> cases) {
        long complaints = total(cases, "COMPLAINT");
        long reviews = total(cases, "REVIEW");
        long lawsuits = total(cases, "LAWSUIT_DIRECT") + total(cases, "LAWSUIT_AFTER_REVIEW");
        if (complaints + reviews + lawsuits == 0) {
            return "本年度学校未收到信息公开工作方面的相关举报、复议、诉讼材料。";
        }
        long upheld = cases.stream().mapToLong(CaseFigures.Row::upheld).sum();
        long corrected = cases.stream().mapToLong(CaseFigures.Row::corrected).sum();
        long other = cases.stream().mapToLong(CaseFigures.Row::other).sum();
        long open = cases.stream().mapToLong(CaseFigures.Row::open).sum();
        return "本年度因学校信息公开工作受到举报 " + complaints + " 件、行政复议 " + reviews + " 件、行政诉讼 " + lawsuits + " 件；其中结果维持 "
                + upheld + " 件，结果纠正 " + corrected + " 件，其他结果 " + other + " 件，尚未审结 " + open + " 件。";
    }

    // --- the government format -----------------------------------------------------------------

    private List<Section> gov(Input in) {
        Summary f = in.figures();
        List<Section> sections = new ArrayList<>();
        List<String> overall = new ArrayList<>(List.of(narrative(in, "overview"), proactiveSentence(f.channels())));
        String petitions = petitionSentence(f);
        if (!petitions.isEmpty()) {
            overall.add(petitions);
        }
        sections.add(new Section("overview", "一、总体情况", overall, List.of(), List.of()));
        sections.add(new Section("proactive", "二、主动公开政府信息情况", List.of(), List.of(tableTwo()), List.of()));
        sections.add(new Section("requests", "三、收到和处理政府信息公开申请情况", enteredSentence(in.carriedOverEntered()).stream().toList(),
                List.of(tableThree(f.requests())), List.of()));
        sections.add(new Section("cases", "四、政府信息公开行政复议、行政诉讼情况", List.of(), List.of(tableFour(f.cases())), List.of()));
        sections.add(text("improvements", "五、存在的主要问题及改进情况", narrative(in, "improvements")));
        sections.add(text("other", "六、其他需要报告的事项", narrative(in, "other")));
        return sections;
    }

    /** Table 二 (2021 format): a university issues no regulations, licences or penalties; the rows stay, as zeros. */
    private static Table tableTwo() {
        return new Table("表二 主动公开政府信息情况", List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of(List.of("规章", "0", "0", "0"), List.of("行政规范性文件", "0", "0", "0")));
    }

    Table tableThree(RequestStatistics.Figures r) {
        List<String> header = new ArrayList<>(List.of("申请人情况"));
        header.addAll(COLUMN_NAMES);
        header.add("总计");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("一、本年新收政府信息公开申请数量", r.received()));
        rows.add(row("二、上年结转政府信息公开申请数量", r.carriedOver()));
        rows.add(outcomeRow("三、（一）予以公开", r, "DISCLOSED", null));
        rows.add(outcomeRow("（二）部分公开", r, "PARTIALLY_DISCLOSED", null));
        String[][] bases = {{"STATE_SECRET", "1.属于国家秘密"}, {"LAW_FORBIDS", "2.其他法律行政法规禁止公开"},
            {"ENDANGERS_SECURITY", "3.危及“三安全一稳定”"}, {"THIRD_PARTY_RIGHTS", "4.保护第三方合法权益"},
            {"INTERNAL_AFFAIRS", "5.属于三类内部事务信息"}, {"PROCESS_INFO", "6.属于四类过程性信息"},
            {"ENFORCEMENT_FILE", "7.属于行政执法案卷"}, {"QUERY_MATTER", "8.属于行政查询事项"}};
        for (String[] b : bases) {
            rows.add(outcomeRow("（三）不予公开 " + b[1], r, "NOT_DISCLOSED", b[0]));
        }
        String[][] others = {{"NOT_HELD", "（四）无法提供 1.本机关不掌握相关政府信息"}, {"NEEDS_CREATION", "（四）无法提供 2.没有现成信息需要另行制作"},
            {"UNCLEAR_AFTER_CLARIFICATION", "（四）无法提供 3.补正后申请内容仍不明确"}, {"NOT_PROCESSED_PETITION", "（五）不予处理 1.信访举报投诉类申请"},
            {"NOT_PROCESSED_REPEAT", "（五）不予处理 2.重复申请"}, {"NOT_PROCESSED_PUBLISHED", "（五）不予处理 3.要求提供公开出版物"},
            {"NOT_PROCESSED_MASS", "（五）不予处理 4.无正当理由大量反复申请"},
            {"NOT_PROCESSED_CONFIRM", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"},
            {"OTHER_NO_CLARIFICATION", "（六）其他处理 1.申请人无正当理由逾期不补正"}, {"OTHER_NO_FEE", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用"}};
        for (String[] o : others) {
            rows.add(outcomeRow(o[1], r, o[0], null));
        }
        // 其他 covers what ends a request otherwise, a withdrawal among them ("其他1(撤销)")
        rows.add(sumRow("（六）其他处理 3.其他", r, List.of("OTHER", "WITHDRAWN")));
        rows.add(row("（七）总计", r.ended()));
        rows.add(row("四、结转下年度继续办理", r.carriedForward()));
        return new Table("表三 收到和处理政府信息公开申请情况", header, rows);
    }

    private static Table tableFour(List<CaseFigures.Row> cases) {
        List<String> header = List.of("类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<List<String>> rows = new ArrayList<>();
        String[][] names = {{"REVIEW", "行政复议"}, {"LAWSUIT_DIRECT", "行政诉讼（未经复议直接起诉）"}, {"LAWSUIT_AFTER_REVIEW", "行政诉讼（复议后起诉）"}};
        for (String[] n : names) {
            CaseFigures.Row row = cases.stream().filter(c -> c.row().equals(n[0])).findFirst()
                    .orElse(new CaseFigures.Row(n[0], 0, 0, 0, 0, 0));
            rows.add(List.of(n[1], Long.toString(row.upheld()), Long.toString(row.corrected()), Long.toString(row.other()),
                    Long.toString(row.open()), Long.toString(row.total())));
        }
        return new Table("表四 政府信息公开行政复议、行政诉讼情况", header, rows);
    }

    private static List<String> row(String label, Map<String, Long> byColumn) {
        List<String> row = new ArrayList<>(List.of(label));
        COLUMNS.forEach(c -> row.add(Long.toString(byColumn.getOrDefault(c, 0L))));
        row.add(Long.toString(COLUMNS.stream().mapToLong(c -> byColumn.getOrDefault(c, 0L)).sum()));
        return row;
    }

    private static List<String> outcomeRow(String label, RequestStatistics.Figures r, String outcome, String basis) {
        Map<String, Long> counts = new HashMap<>();
        for (RequestStatistics.OutcomeCount o : r.outcomes()) {
            if (o.outcome().equals(outcome) && (basis == null || basis.equals(o.legalBasis()))) {
                o.byApplicant().forEach((col, n) -> counts.merge(col, n, Long::sum));
            }
        }
        return row(label, counts);
    }

    private static List<String> sumRow(String label, RequestStatistics.Figures r, List<String> outcomes) {
        Map<String, Long> counts = new HashMap<>();
        r.outcomes().stream().filter(o -> outcomes.contains(o.outcome()))
                .forEach(o -> o.byApplicant().forEach((col, n) -> counts.merge(col, n, Long::sum)));
        return row(label, counts);
    }

    // --- checks and figures --------------------------------------------------------------------

    static List<Check> checks(Summary f) {
        List<Check> checks = new ArrayList<>();
        long sum = f.channels().channels().stream().mapToLong(MetricViews.ChannelTotal::count).sum();
        checks.add(new Check("channels-sum-to-total", sum == f.channels().total(),
                "the channels add up to " + sum + ", the total is " + f.channels().total()));
        for (MetricViews.ChannelTotal c : f.channels().channels()) {
            if (c.notCounted() != null) {
                checks.add(new Check("one-source-per-channel:" + c.channel(), true, c.channel() + " has pushed counts (" + c.count()
                        + ", counted) and item postings (" + c.notCounted() + ", not counted): check the channel's setting"));
            }
        }
        RequestStatistics.Figures r = f.requests();
        for (String col : COLUMNS) {
            long left = r.received().get(col) + r.carriedOver().get(col);
            long right = r.ended().get(col) + r.carriedForward().get(col);
            checks.add(new Check("table-3-balance:" + col, left == right,
                    "一 + 二 = " + left + ", 三（七）+ 四 = " + right + " for " + col));
        }
        long outcomes = r.outcomes().stream().mapToLong(RequestStatistics.OutcomeCount::total).sum();
        checks.add(new Check("table-3-outcomes-sum-to-total", outcomes == r.ended().get("TOTAL"),
                "the outcomes add up to " + outcomes + ", 三（七）总计 is " + r.ended().get("TOTAL")));
        return checks;
    }

    private static List<Figure> figures(Summary f, Map<String, Long> entered) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("proactive.total", f.channels().total(), "items posted, per channel (an item on two channels counts "
                + "twice), plus pushed counts, in " + f.from() + " .. " + f.to()));
        f.channels().channels().forEach(c -> figures.add(new Figure("proactive.channel." + c.channel(), c.count(),
                c.source() == MetricViews.FigureSource.PUSHED ? "count pushed by the system that knows it" : "item postings on the channel")));
        figures.add(new Figure("requests.received", f.requests().received().get("TOTAL"), "requests received in the period"));
        figures.add(new Figure("requests.carriedOver", f.requests().carriedOver().get("TOTAL"), "received before, still open at its start"));
        if (!entered.isEmpty()) {
            figures.add(new Figure("requests.carriedOver.entered", entered.values().stream().mapToLong(Long::longValue).sum(),
                    "of requests.carriedOver, entered by an admin (never in Gongkai); counted in requests.carriedForward too"));
        }
        figures.add(new Figure("requests.ended", f.requests().ended().get("TOTAL"), "answered, withdrawn or closed in the period"));
        figures.add(new Figure("requests.carriedForward", f.requests().carriedForward().get("TOTAL"), "still open at its end"));
        figures.add(new Figure("petitions.received", f.petitions().received(), "petitions received in the period"));
        figures.add(new Figure("evaluations.count", f.evaluations().count(), "evaluations received in the period"));
        figures.add(new Figure("cases.total", f.cases().stream().mapToLong(CaseFigures.Row::total).sum(),
                "complaints, reviews and lawsuits closed in the period or open at its end"));
        return figures;
    }

    private static long total(List<CaseFigures.Row> cases, String row) {
        return cases.stream().filter(c -> c.row().equals(row)).mapToLong(CaseFigures.Row::total).sum();
    }

    private static Section text(String key, String heading, String text) {
        return new Section(key, heading, List.of(text), List.of(), List.of());
    }

    private static String narrative(Input in, String key) {
        String text = in.narratives().get(key);
        return text != null && !text.isBlank() ? text : ReportFormat.defaultText(key);
    }
}
