package io.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class PagesTest {

    @BeforeEach
    void reset() {
        KeptAnswers.forget();
        FakeApi.RECEIVED.clear();
        FakeApi.down = false;
    }

    @AfterEach
    void up() {
        FakeApi.down = false;
    }

    private static Document page(String path, int status) {
        String html = given().when().get(path).then().statusCode(status)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract().asString();
        Document doc = Jsoup.parse(html);
        assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
        return doc;
    }

    @Test
    void homeShowsTheSearchBoxTheCategoriesWithTheirCountsAndTheNewestItems() {
        Document doc = page("/", 200);
        assertNotNull(doc.selectFirst("form[action=/search] input[name=q]"));
        List<String> categories = doc.select(".categories li").eachText();
        assertEquals(List.of("1、基本信息 0 条", "2、招生考试信息 12 条", "3、财务、资产及收费信息 5 条"), categories);
        assertEquals("/search?category=2", doc.select(".categories a").get(1).attr("href"));
        Element first = doc.selectFirst(".items li");
        assertEquals("2022年本科招生章程", first.selectFirst("a").text());
        assertEquals("/items/" + FakeApi.ITEM, first.selectFirst("a").attr("href"));
        assertTrue(first.text().contains("招生办公室 · 2022年6月1日"), first.text());
        assertNotNull(doc.selectFirst("a[href=/catalog]"));
    }

    @Test
    void everyApiCallCarriesTheVisitorsAddressAndAsksForChinese() {
        page("/", 200);
        assertFalse(FakeApi.RECEIVED.isEmpty());
        for (FakeApi.Received r : FakeApi.RECEIVED) {
            assertEquals("zh-CN", r.header("Accept-Language"), r.target());
            assertEquals("127.0.0.1", r.header("X-Forwarded-For"), r.target());
            assertEquals("test-hop-credential", r.header("X-Gongkai-Hop"), r.target());
        }
    }

    @Test
    void searchMarksTheTermsOffersFacetsAndAShareableNextPage() {
        Document doc = page("/search?q=招生章程&category=2", 200);
        FakeApi.Received asked = FakeApi.RECEIVED.stream().filter(r -> r.target().startsWith("/api/v1/items?")).findFirst().orElseThrow();
        assertTrue(asked.target().contains("category=2") && asked.target().contains("facets=true") && asked.target().contains("limit=20"),
                asked.target());
        assertEquals("招生章程", doc.selectFirst("input[name=q]").val());
        assertEquals("招生章程", doc.selectFirst(".hits li a mark").text());
        // a title with markup characters is text, not markup
        assertEquals("2022年收费标准<公示>", doc.select(".hits li > a").get(1).text());
        assertTrue(doc.select(".hits li > a").get(1).select("公示").isEmpty());
        List<String> units = doc.select(".facets h3:contains(责任单位) + ul li").eachText();
        assertEquals(List.of("招生办公室（12）", "财务处（5）"), units);
        assertEquals("类别", doc.select(".facets h3").first().text());
        assertEquals("招生考试信息（12）", doc.selectFirst(".facets strong").text(), "the chosen category is marked, not linked");
        String next = doc.selectFirst("a[rel=next]").attr("href");
        assertTrue(next.startsWith("/search?q=%E6%8B%9B%E7%94%9F%E7%AB%A0%E7%A8%8B&category=2&cursor="), next);
        Document second = page(next, 200);
        assertEquals("2021年录取分数线", second.selectFirst(".hits li a").text());
        assertTrue(second.select("a[rel=next]").isEmpty(), "the last page has no next link");
        assertNotNull(doc.selectFirst(".narrowed a[href='/search?q=%E6%8B%9B%E7%94%9F%E7%AB%A0%E7%A8%8B']"));
    }

    @Test
    void anItemShowsItsBodyAttachmentsChannelsUnitAndDates() {
        Document doc = page("/items/" + FakeApi.ITEM, 200);
        assertEquals("2022年本科招生章程 · 信息公开专栏", doc.title());
        assertEquals("2022年本科招生章程", doc.selectFirst("h1").text());
        assertEquals("第一条 为保证学校招生工作顺利进行……", doc.selectFirst(".body p").text());
        assertEquals(List.of("招生办公室", "招生考试信息", "第 7 项", "2022年6月1日", "2022年5月20日"), doc.select("dl.facts dd").eachText());
        assertEquals("招生章程.pdf （240 KB）", doc.selectFirst("#attachments + ul li").text());
        assertEquals(List.of("门户网站 2022年6月1日", "微信公众号 2022年6月2日"), doc.select("#channels + ul li").eachText());
        assertEquals("https://mp.weixin.qq.com/s/zc2022", doc.select("#channels + ul a").get(1).attr("href"));
    }

    @Test
    void theCatalogListsEveryChecklistItemByCategoryWithItsCoverage() {
        Document doc = page("/catalog?year=2022", 200);
        assertEquals("2021—2022学年（2021年9月1日至2022年8月31日）：清单事项 4 项，已公开 2 项，尚未公开 2 项，逾期 1 项。",
                doc.selectFirst("p.summary").text());
        assertEquals(List.of("1、基本信息", "2、招生考试信息", "3、财务、资产及收费信息"), doc.select("main h2").eachText());
        Element item7 = doc.select("table.catalog tbody tr").get(1);
        assertEquals(List.of("7", "招生章程及特殊类型招生办法，分批次、分科类招生计划", "已公开 3 条", "招生办公室", "2022年本科招生章程"),
                item7.select("td").eachText());
        assertEquals("/catalog/7?year=2022", item7.selectFirst("td a").attr("href"));
        assertEquals(List.of("尚未公开", "已公开 1 条（逾期）"), List.of(doc.select("table.catalog tbody tr").get(0).select("td").get(2).text(),
                doc.select("table.catalog tbody tr").get(2).select("td").get(2).text()));
        assertEquals("招生办公室、财务处", doc.select("table.catalog tbody tr").get(2).select("td").get(3).text());
        assertEquals("2021—2022学年", doc.selectFirst(".years strong[aria-current=page]").text());
        assertNotNull(doc.selectFirst(".years a[href=/catalog?year=2021]"));
    }

    @Test
    void eachChecklistEntryHasAPageWithItsCoverageUnitsAndItems() {
        Document doc = page("/catalog/9?year=2022", 200);
        assertEquals("第 9 项　招生录取结果及各批次录取分数线", doc.selectFirst("h1").text());
        assertEquals("已公开 1 条（逾期）", doc.selectFirst("dd.coverage").text());
        assertEquals(List.of("2021—2022学年", "已公开 1 条（逾期）", "2022年7月30日", "招生办公室、财务处", "门户网站"),
                doc.select("dl.facts dd").eachText());
        assertEquals("2022年本科招生章程", doc.selectFirst("#items + ul li a").text());
        assertEquals("/search?checklistItem=9&year=2022", doc.select("#items ~ p a").last().attr("href"));
        assertTrue(FakeApi.RECEIVED.stream().anyMatch(r -> r.target().contains("checklistItem=9") && r.target().contains("year=2022")));
        assertEquals("/catalog?year=2022", doc.selectFirst("p.meta a").attr("href"));
        page("/catalog/99?year=2022", 404);
        page("/catalog/abc", 404);
    }

    @Test
    void anItemThatIsNotThereIsAChinese404WithWhereToGoNext() {
        Document doc = page("/items/00000000-0000-4000-8000-000000000000", 404);
        assertEquals("未找到", doc.selectFirst("h1").text());
        assertNotNull(doc.selectFirst(".problem a[href=/search]"));
        Document malformed = page("/items/not-an-id", 404);
        assertEquals("未找到该信息", malformed.selectFirst("h1").text());
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(r -> r.target().contains("not-an-id")), "a malformed id is not asked for");
        Document unknownPage = page("/no/such/page", 404);
        assertEquals("页面不存在", unknownPage.selectFirst("h1").text());
    }

    @Test
    void anInvalidParameterShowsTheApisChineseFieldErrors() {
        Document doc = page("/catalog?year=1999", 400);
        assertEquals("请求有误", doc.selectFirst("h1").text());
        assertEquals(List.of("year：必须大于或等于 2000"), doc.select(".fields li").eachText());
        Document mangled = page("/catalog?year=abc", 400);
        assertTrue(mangled.selectFirst(".problem p").text().contains("学年（year）应为数字"), mangled.selectFirst(".problem p").text());
        page("/search?category=%E4%BA%8C", 400);
    }

    @Test
    void theStatisticsPageHasEachFigureAsATableAndTheChannelsAsCsv() {
        Document doc = page("/stats?year=2022", 200);
        assertEquals(List.of("月份", "门户网站", "微信公众号", "合计"), doc.select("#channels-table thead th").eachText());
        assertEquals(List.of("2021年9月 7 3 10", "2021年10月 0 0 0", "2021年11月 33 14 47"), doc.select("#channels-table tbody tr").eachText());
        assertEquals("全年 40 17 57", doc.selectFirst("#channels-table tfoot tr").text(), "the year's row, which the months add up to");
        assertTrue(doc.select(".why-differs").isEmpty());
        assertEquals(List.of("予以公开 3", "不予公开（保护第三方合法权益） 1"), doc.select("#outcomes-table tbody tr").eachText());
        assertTrue(doc.text().contains("本年新收 6 件，上年结转 1 件，办结 4 件，结转下年度 3 件。"));
        assertEquals("/webjars/echarts/5.3.1/dist/echarts.min.js", doc.select("script").first().attr("src"));
        assertTrue(FakeApi.RECEIVED.stream().anyMatch(r -> r.target().equals("/api/v1/stats/channels?year=2022&granularity=month")));
        String csv = given().when().get(doc.selectFirst("a[href^=/stats/channels.csv]").attr("href")).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("channels-2022.csv")).extract().asString();
        assertTrue(csv.startsWith("period,from,to,channel,count,source"), csv);
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        assertTrue(page("/", 200).select("script").isEmpty(), "no script on the other pages");
    }

    @Test
    void theReportsListEndedYearsAndTheYearInProgressOnlyAsALabelledPreview() {
        Document doc = page("/reports", 200);
        List<Element> items = doc.select(".reports li");
        Element preview = items.get(items.size() - 1);
        assertTrue(preview.hasClass("preview") && preview.text().contains("（预览）") && preview.text().contains("进行中"), preview.text());
        assertEquals(1, doc.select(".reports li.preview").size(), "only the year in progress is a preview");
        assertTrue(items.get(0).text().startsWith((preview.selectFirst("a").attr("href").replaceAll("\\D", "").length() == 4
                ? Integer.parseInt(preview.selectFirst("a").attr("href").replaceAll("\\D", "")) - 1 : 0) + "年度"),
                "the latest ended year comes first: " + items.get(0).text());
        Element y2022 = items.stream().filter(li -> li.text().startsWith("2022年度")).findFirst().orElseThrow();
        assertEquals("/reports/2022", y2022.selectFirst("a").attr("href"), "read inside the column, not the raw API page");
        assertEquals("/reports/2022.pdf", y2022.select("a").get(1).attr("href"));
        assertTrue(y2022.text().contains("2021—2022学年") && !y2022.text().contains("预览"));
        byte[] pdf = given().when().get("/reports/2022.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertEquals("%PDF-1.4 fake report", new String(pdf, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(FakeApi.RECEIVED.stream().anyMatch(r -> r.target().equals("/api/v1/reports/annual/2022?format=moe")
                && "application/pdf".equals(r.header("Accept"))));
        page("/reports/1999.pdf", 404);
        page("/reports/1999", 404);
    }

    @Test
    void aReportIsReadInsideTheColumnWithItsPdfBesideIt() {
        Document live = page("/reports/2022", 200);
        assertNotNull(live.selectFirst("header.site nav a[href=/reports]"), "the column's menu");
        assertNotNull(live.selectFirst("meta[name=viewport][content*=device-width]"));
        assertEquals("示范大学2021—2022学年信息公开工作年度报告", live.selectFirst("h1").text());
        assertEquals("/reports/2022.pdf", live.selectFirst(".download a").attr("href"));
        assertTrue(live.selectFirst(".preview-label").text().startsWith("预览"), "a report not frozen is a labelled preview");
        assertEquals(List.of("一、概述", "三、依申请公开情况", "附件：清单事项公开情况表"), live.select("article h2").eachText());
        assertEquals("（一）收费情况", live.selectFirst("article h3").text());
        Element table = live.selectFirst("table.report-table");
        assertEquals("表三 收到和处理政府信息公开申请情况", table.selectFirst("caption").text());
        assertEquals(List.of("一、本年新收政府信息公开申请数量 10 2 12", "二、上年结转政府信息公开申请数量 1 0 1"), table.select("tbody tr").eachText());
        assertNotNull(table.closest(".table-wrap"), "wide tables scroll inside their box on a phone");
        assertTrue(FakeApi.RECEIVED.stream().anyMatch(r -> r.target().equals("/api/v1/reports/annual/2022")
                && r.header("Accept").contains("application/json")));
        Document frozen = page("/reports/2021", 200);
        assertEquals("正式版，2021年10月30日定稿。", frozen.selectFirst(".edition").text());
        assertTrue(frozen.select(".preview-label").isEmpty());
        Document gov = page("/reports/2022?format=gov", 200);
        assertNotNull(gov);
        assertTrue(FakeApi.RECEIVED.stream().anyMatch(r -> r.target().equals("/api/v1/reports/annual/2022?format=gov")));
    }

    @Test
    void whenTheMonthsDoNotAddUpToTheYearThePageSaysWhy() {
        Document doc = page("/stats?year=2021", 200);
        assertEquals("全年 20 100 120", doc.selectFirst("#channels-table tfoot tr").text());
        assertEquals("各月合计 22 条，与全年 120 条不同：微博的全年条数由该渠道的系统报送，各月只统计在本系统登记的信息。",
                doc.selectFirst(".why-differs").text());
    }

    @Test
    void theCatalogAndTheStatisticsOpenOnTheLatestEndedYearWithItemsAndNameTheYearInProgress() {
        FakeApi.itemsFixture = "items-demo.json";
        try {
            Document catalog = page("/catalog", 200);
            assertTrue(FakeApi.RECEIVED.stream().anyMatch(r -> r.target().equals("/api/v1/checklist/coverage?year=2022")),
                    "2022 is the latest ended year with items (the fixture's 2027 is in progress)");
            assertEquals("2021—2022学年", catalog.selectFirst(".years strong[aria-current=page]").text());
            assertTrue(catalog.selectFirst(".years li").text().endsWith("（进行中）"), catalog.selectFirst(".years li").text());
            Document stats = page("/stats", 200);
            assertEquals("2021—2022学年", stats.selectFirst(".years strong[aria-current=page]").text());
            assertTrue(stats.select(".in-progress").isEmpty());
        } finally {
            FakeApi.itemsFixture = "items.json";
        }
    }

    @Test
    void aPageTemplateThatFailsWhileRenderingIsStillTheColumnsChinesePage() {
        // the entry page asks {entry.units.isEmpty} of an entry the API gave without units: a Qute rendering error
        Document doc = page("/catalog/7?year=2005", 500);
        assertEquals("页面暂时无法显示", doc.selectFirst("h1").text());
        assertNotNull(doc.selectFirst("header.site nav a[href=/catalog]"));
        assertNotNull(doc.selectFirst(".request-id code"));
    }

    @Test
    void whenTheApiIsDownThePageSaysSoIn503() {
        FakeApi.down = true;
        Document doc = page("/", 503);
        assertEquals("服务暂不可用", doc.selectFirst("h1").text());
    }
}
