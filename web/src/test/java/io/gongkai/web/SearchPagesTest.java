package io.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/**
 * Search over data shaped like the demo's: news items without a checklist category (the API's facets count them under
 * "none"), a title with İ (whose lower case is longer), facets of every kind. Every search answers a page of the column.
 */
@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class SearchPagesTest {

    @BeforeEach
    void demoData() {
        KeptAnswers.forget();
        FakeApi.RECEIVED.clear();
        FakeApi.itemsFixture = "items-demo.json";
    }

    @AfterEach
    void usualData() {
        FakeApi.itemsFixture = "items.json";
    }

    private static Document page(String path, int status) {
        // links as the page gives them: already percent-encoded
        String html = given().urlEncodingEnabled(false).when().get(path).then().statusCode(status).contentType(startsWith("text/html")).extract().asString();
        Document doc = Jsoup.parse(html);
        assertNotNull(doc.selectFirst("header.site nav a[href=/search]"), path + ": the column's menu");
        assertNotNull(doc.selectFirst("meta[name=viewport][content*=device-width]"), path + ": the phone viewport");
        return doc;
    }

    @Test
    void searchWithoutWordsListsItemsAndCountsTheUncategorisedWithoutFailing() {
        Document doc = page("/search", 200);
        assertEquals(3, doc.select(".hits li").size());
        List<String> categories = doc.select(".facets h3:contains(类别) + ul li").eachText();
        assertEquals(List.of("未分类（44）", "招生考试信息（19）", "财务、资产及收费信息（20）"), categories);
        assertNull(doc.selectFirst(".facets a:contains(未分类)"), "the API cannot narrow to uncategorised items: no link");
        assertEquals("新闻中心 · 2022年4月20日", doc.selectFirst(".hits li .meta").text());
        assertNull(doc.selectFirst(".narrowed"));
    }

    @Test
    void aYearNamesItsFilter() {
        Document doc = page("/search?year=2022", 200);
        assertEquals("已筛选：学年：2021—2022学年。清除筛选", doc.selectFirst(".narrowed").text());
        assertEquals("/search", doc.selectFirst(".narrowed a").attr("href"));
        assertTrue(FakeApi.RECEIVED.stream().anyMatch(r -> r.target().contains("year=2022")));
    }

    @Test
    void everyFacetLinkAnswersAPageThatNamesTheFilter() {
        Document doc = page("/search", 200);
        List<Element> links = doc.select(".facets a");
        assertTrue(links.size() >= 10, "links: " + links.size());
        for (Element link : links) {
            Document narrowed = page(link.attr("href"), 200);
            String said = narrowed.selectFirst(".narrowed").text();
            String value = link.text().replaceAll("（\\d+）$", "");
            assertTrue(said.contains(value), link.attr("href") + " says " + said);
            assertFalse(said.contains("已按条件筛选"), said);
        }
        Document two = page("/search?q=%E5%86%B3%E7%AE%97&category=3&channel=PORTAL", 200);
        assertEquals("已筛选：类别：财务、资产及收费信息；公开渠道：门户网站。清除筛选", two.selectFirst(".narrowed").text());
        assertEquals("/search?q=%E5%86%B3%E7%AE%97", two.selectFirst(".narrowed a").attr("href"));
    }

    @Test
    void aTermThatHitsUncategorisedItemsIsMarked() {
        Document doc = page("/search?q=%E8%BF%90%E5%8A%A8%E4%BC%9A", 200);
        assertEquals("运动会", doc.selectFirst(".hits li a mark").text());
    }

    @Test
    void aTermWithACharacterWhoseLowerCaseIsLongerIsMarkedWhole() {
        Document doc = page("/search?q=%C4%B0stanbul", 200);
        Element title = doc.select(".hits li > a").get(1);
        assertEquals("İstanbul 大学代表团来访（İİ）", title.text());
        assertEquals("İstanbul", title.selectFirst("mark").text());
        Document single = page("/search?q=%C4%B0", 200);
        assertEquals(List.of("İ", "İ", "İ"), single.select(".hits li:eq(1) > a mark").eachText());
    }

    @Test
    void anUnexpectedFailureIsAChinesePageOfTheColumnWithTheRequestId() {
        FakeApi.itemsFixture = "items-broken.json";
        String html = given().header("X-Request-Id", "req-search-1").when().get("/search?q=x").then().statusCode(500)
                .contentType(startsWith("text/html")).extract().asString();
        Document doc = Jsoup.parse(html);
        assertEquals("页面暂时无法显示", doc.selectFirst("h1").text());
        assertNotNull(doc.selectFirst("header.site nav a[href=/reports]"), "the menu");
        assertNotNull(doc.selectFirst("meta[name=viewport]"));
        assertEquals("req-search-1", doc.selectFirst(".request-id code").text());
        assertNotNull(doc.selectFirst(".problem a[href=/]"), "where to go next");
        assertFalse(html.contains("Exception") || html.contains("Internal Server Error"), html);
        Document anonymous = Jsoup.parse(given().when().get("/search?q=y").then().statusCode(500).extract().asString());
        assertTrue(anonymous.selectFirst(".request-id code").text().matches("web-[0-9a-f]{12}"));
    }
}
