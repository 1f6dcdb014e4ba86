package io.gongkai.stats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.stats.casework.CaseFigures;
import io.gongkai.stats.evaluation.EvaluationFigures;
import io.gongkai.stats.metric.MetricViews;
import io.gongkai.stats.metric.MetricViews.ChannelTotal;
import io.gongkai.stats.metric.MetricViews.FigureSource;
import io.gongkai.stats.petition.PetitionFigures;
import io.gongkai.stats.request.RequestStatistics;
import io.gongkai.stats.summary.SummaryResource.Summary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report's wording and arithmetic, against the seed's 2022 figures (annual-report-2022-cust.txt). */
class ReportWriterTest {

    private static final LocalDate FROM = LocalDate.of(2021, 9, 1);
    private static final LocalDate TO = LocalDate.of(2022, 8, 31);
    private final ReportWriter writer = new ReportWriter(Wording.standard());

    private static Map<String, Long> columns(long natural, long commercial) {
        Map<String, Long> m = new LinkedHashMap<>();
        RequestStatistics.COLUMNS.forEach(c -> m.put(c, 0L));
        m.put("NATURAL_PERSON", natural);
        m.put("COMMERCIAL", commercial);
        m.put("TOTAL", natural + commercial);
        return m;
    }

    private static RequestStatistics.Figures noRequests() {
        return new RequestStatistics.Figures(FROM, TO, columns(0, 0), columns(0, 0), List.of(), columns(0, 0), columns(0, 0),
                BigDecimal.ZERO, 0, true);
    }

    /** The seed: 4258 = 3390 + 158 + 12 + 47 + 29 + 300 + 322 (portal and department websites counted together there). */
    private static Summary seed(RequestStatistics.Figures requests) {
        List<ChannelTotal> channels = List.of(new ChannelTotal("PORTAL", 3390, FigureSource.ITEMS, null),
                new ChannelTotal("DOCUMENT", 158, FigureSource.ITEMS, null), new ChannelTotal("NEWSPAPER", 12, FigureSource.PUSHED, null),
                new ChannelTotal("VIDEO", 47, FigureSource.ITEMS, null), new ChannelTotal("TV", 29, FigureSource.PUSHED, null),
                new ChannelTotal("EXTERNAL_MEDIA", 300, FigureSource.PUSHED, null), new ChannelTotal("WECHAT", 322, FigureSource.ITEMS, null));
        Map<String, Long> groups = new LinkedHashMap<>();
        groups.put("MAILBOXES_AND_PHONE", 122L);
        groups.put("SERVICE_HALL", 377L);
        groups.put("CAMPUS_123", 128L);
        groups.put("EPIDEMIC_HOTLINE", 34L);
        return new Summary(FROM, TO, new MetricViews.ChannelStatistics(FROM, TO, 4258, channels), requests,
                new PetitionFigures.Figures(661, Map.of(), groups, 0, Map.of()),
                List.of(new CaseFigures.Row("COMPLAINT", 0, 0, 0, 0, 0), new CaseFigures.Row("REVIEW", 0, 0, 0, 0, 0)),
                new EvaluationFigures.Figures(0, null, Map.of()));
    }

    private static AnnualReport.Annex annex() {
        return new AnnualReport.Annex(true, null, List.of(new AnnualReport.AnnexRow("1", "基本信息", "办学规模", "已公开（3 条）", "https://x")));
    }

    private AnnualReport write(ReportFormat format, Summary figures) {
        return writer.write(new ReportWriter.Input(2022, format, "长春理工大学", LocalDate.of(2022, 10, 30), Map.of(), figures, annex()));
    }

    @Test
    void theMoeReportHasTheSeedsSevenSectionsInOrderAndItsSentences() {
        AnnualReport report = write(ReportFormat.MOE, seed(noRequests()));
        assertEquals("长春理工大学 2022 年信息公开工作报告", report.title());
        assertEquals(List.of("一、工作概述", "二、主动公开情况", "三、依申请公开和不予公开情况", "四、对信息公开的评议情况",
                        "五、因学校信息公开工作受到举报、复议、诉讼的情况", "六、本年度信息公开工作的新做法新举措、主要经验、问题和下一步改进措施", "七、其他需要报告的事项"),
                report.sections().stream().map(AnnualReport.Section::heading).toList());
        String count = String.join("", report.sections().get(1).parts().get(0).paragraphs());
        assertTrue(count.startsWith("全校主动公开信息共计 4258 条。其中，通过门户网站公布各类信息 3390 条，通过文件主动公开信息 158 条，出版校报 12 期，"), count);
        assertTrue(count.contains("在校外新闻媒体发布新闻稿件 300 篇，在微信公众号发布推文 322 条。"), count);
        assertTrue(count.contains("通过党委书记信箱、校长信箱与公开电话处理答复来信来电 122 件，通过党群服务大厅信访管理流程办理信访事项 377 项"), count);
        assertEquals("2022 年度，学校未接到信息公开申请，没有因依申请公开信息收取或减免费用情况。", report.sections().get(2).paragraphs().get(0));
        assertEquals("本年度学校未收到信息公开工作方面的相关举报、复议、诉讼材料。", report.sections().get(4).paragraphs().get(0));
        assertEquals("无其他需要报告的事项。", report.sections().get(6).paragraphs().get(0));
        assertTrue(report.addsUp());
        assertTrue(report.annex().available());
    }

    @Test
    void requestsAreWordedWithTheirOutcomesAndTheTableThreeRuleHolds() {
        RequestStatistics.Figures requests = new RequestStatistics.Figures(FROM, TO, columns(3, 1), columns(1, 0),
                List.of(new RequestStatistics.OutcomeCount("DISCLOSED", null, Map.of("NATURAL_PERSON", 2L), 2),
                        new RequestStatistics.OutcomeCount("NOT_DISCLOSED", "THIRD_PARTY_RIGHTS", Map.of("COMMERCIAL", 1L), 1),
                        new RequestStatistics.OutcomeCount("WITHDRAWN", null, Map.of("NATURAL_PERSON", 1L), 1)),
                columns(3, 1), columns(1, 0), new BigDecimal("20.00"), 1, true);
        AnnualReport report = write(ReportFormat.MOE, seed(requests));
        String sentence = report.sections().get(2).paragraphs().get(0);
        assertEquals("本年度共收到信息公开申请 4 件，其中自然人 3 件，法人或其他组织 1 件；上年结转 1 件。本年度办结 4 件，其中予以公开 2 件，"
                + "不予公开（保护第三方合法权益） 1 件，其他处理（申请人撤销申请） 1 件；结转下年度继续办理 1 件。因依申请公开信息收取费用 20 元，减免费用 1 件。", sentence);
        assertTrue(report.addsUp());

        AnnualReport gov = write(ReportFormat.GOV, seed(requests));
        AnnualReport.Table three = gov.sections().get(2).tables().get(0);
        Map<String, List<String>> rows = three.rows().stream().collect(Collectors.toMap(r -> r.get(0), r -> r, (a, b) -> a, LinkedHashMap::new));
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "0", "4"), rows.get("一、本年新收政府信息公开申请数量"));
        assertEquals("1", rows.get("（三）不予公开 4.保护第三方合法权益").get(2));
        assertEquals("1", rows.get("（六）其他处理 3.其他").get(1));
        assertEquals(List.of("（七）总计", "3", "1", "0", "0", "0", "0", "4"), rows.get("（七）总计"));
        assertEquals(List.of("申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"), three.header());
    }

    @Test
    void theGovernmentReportHasSixPartsWithItsTables() {
        AnnualReport report = write(ReportFormat.GOV, seed(noRequests()));
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), report.sections().stream().map(AnnualReport.Section::heading).toList());
        assertEquals("表四 政府信息公开行政复议、行政诉讼情况", report.sections().get(3).tables().get(0).caption());
        assertEquals(3, report.sections().get(3).tables().get(0).rows().size());
    }

    @Test
    void aReportThatDoesNotAddUpSaysWhere() {
        RequestStatistics.Figures unbalanced = new RequestStatistics.Figures(FROM, TO, columns(2, 0), columns(0, 0), List.of(),
                columns(1, 0), columns(0, 0), BigDecimal.ZERO, 0, false);
        AnnualReport report = write(ReportFormat.MOE, seed(unbalanced));
        assertFalse(report.addsUp());
        assertTrue(report.checks().stream().anyMatch(c -> !c.holds() && c.name().equals("table-3-balance:NATURAL_PERSON")));
    }

    @Test
    void enteredCarriedOverRequestsCountInTwoAndFourAndTheTableStillBalances() {
        // one request received in the year, still open at its end; three carried over that Gongkai never had
        RequestStatistics.Figures known = new RequestStatistics.Figures(FROM, TO, columns(1, 0), columns(0, 0), List.of(), columns(0, 0),
                columns(1, 0), BigDecimal.ZERO, 0, true);
        Map<String, Long> entered = new LinkedHashMap<>(columns(2, 1));
        entered.remove("TOTAL");
        Summary figures = seed(known.plusCarriedOverEntered(entered));
        AnnualReport gov = writer.write(new ReportWriter.Input(2022, ReportFormat.GOV, "长春理工大学", null, Map.of(), figures, annex(), entered));
        AnnualReport.Section requests = gov.sections().get(2);
        assertEquals(List.of("二、上年结转政府信息公开申请数量", "2", "1", "0", "0", "0", "0", "3"), requests.tables().get(0).rows().get(1));
        assertEquals(List.of("四、结转下年度继续办理", "3", "1", "0", "0", "0", "0", "4"), requests.tables().get(0).rows().get(24));
        assertTrue(requests.paragraphs().get(0).startsWith("上年结转的申请中，3 件（自然人 2 件，法人或其他组织 1 件）为信息公开平台启用前受理、由管理员手工录入"),
                requests.paragraphs().get(0));
        assertTrue(gov.addsUp(), gov.checks().toString());
        AnnualReport moe = writer.write(new ReportWriter.Input(2022, ReportFormat.MOE, "长春理工大学", null, Map.of(), figures, annex(), entered));
        assertTrue(moe.sections().get(2).paragraphs().get(0).contains("上年结转 3 件"), moe.sections().get(2).paragraphs().get(0));
        assertTrue(moe.sections().get(2).paragraphs().get(1).contains("手工录入"));
        assertEquals(3, moe.figures().stream().filter(f -> f.key().equals("requests.carriedOver.entered")).findFirst().orElseThrow().value());
    }
}
