package io.gongkai.disclosure.item;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.disclosure.security.Callers;
import io.gongkai.disclosure.contract.AnswerCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@QuarkusTest
class ItemSearchTest {

    /** A rare pair of characters (plus a marker word) so that each test finds only its own items. */
    private static String marker() {
        return "mk" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void twoChineseCharactersFindItemsAndTitleHitsComeFirst() {
        String m = marker();
        String inBody = Fixtures.published(with(item(m + " 学术报告会通知", "RESEARCH"), "body", "<p>本次会议讨论鑫淼事宜</p>"));
        String inTitle = Fixtures.published(item(m + " 鑫淼奖学金评选结果", "STUDENT_AFFAIRS"));
        Fixtures.published(item(m + " 无关通知", "HR"));
        given().queryParam("q", "鑫淼 " + m).when().get("/api/v1/items")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", is(inTitle))
                .body("items[1].id", is(inBody));
        // a single character matches too
        given().queryParam("q", m + " 淼").when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(2));
        given().queryParam("q", "鑫淼章程 " + m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void filtersCombine() {
        String m = marker();
        String hit = Fixtures.published(with(item(m + " 招生章程", "ADMISSIONS"), "checklistItem", "7",
                "publishedAt", "2021-10-01T09:00:00+08:00",
                "postings", List.of(Fixtures.posting("WECHAT", "https://mp.weixin.qq.com/s/1"))));
        Fixtures.published(with(item(m + " 招生章程旧版", "ADMISSIONS"), "checklistItem", "7",
                "publishedAt", "2020-10-01T09:00:00+08:00"));
        Fixtures.published(with(item(m + " 财务章程", "FINANCE"), "checklistItem", "15",
                "publishedAt", "2021-10-01T09:00:00+08:00"));
        given().queryParam("q", m).queryParam("category", 2).queryParam("year", 2022).queryParam("channel", "WECHAT")
                .queryParam("unit", "ADMISSIONS").queryParam("checklistItem", "7")
                .when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", is(hit));
        given().queryParam("q", m).queryParam("from", "2021-09-01").queryParam("to", "2021-10-01")
                .when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(2));
        given().queryParam("q", m).queryParam("from", "2021-10-02")
                .when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void facetsCountTheMatches() {
        String m = marker();
        Fixtures.published(with(item(m + " 一", "ADMISSIONS"), "checklistItem", "7", "publishedAt", "2022-03-01T09:00:00+08:00",
                "postings", List.of(Fixtures.posting("PORTAL", "https://a/1"), Fixtures.posting("WECHAT", "https://a/2"))));
        Fixtures.published(with(item(m + " 二", "ADMISSIONS"), "checklistItem", "8", "publishedAt", "2022-10-01T09:00:00+08:00",
                "postings", List.of(Fixtures.posting("PORTAL", "https://a/3"))));
        Fixtures.published(with(item(m + " 三", "FINANCE"), "checklistItem", "19", "publishedAt", "2022-10-02T09:00:00+08:00"));
        given().queryParam("q", m).queryParam("facets", true).when().get("/api/v1/items")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("facets.category.'2'", is(2))
                .body("facets.category.'3'", is(1))
                .body("facets.unit.ADMISSIONS", is(2))
                .body("facets.unit.FINANCE", is(1))
                .body("facets.channel.PORTAL", is(2))
                .body("facets.channel.WECHAT", is(1))
                .body("facets.year.'2022'", is(1))
                .body("facets.year.'2023'", is(2));
        given().queryParam("q", m).when().get("/api/v1/items").then().body("facets", nullValue());
    }

    @Test
    void publicSearchShowsOnlyPublishedPublicItems() {
        String m = marker();
        String open = Fixtures.published(item(m + " 公开", "HR"));
        Fixtures.published(with(item(m + " 校内", "HR"), "audience", "CAMPUS"));
        Fixtures.draft(item(m + " 草稿", "HR"));
        given().queryParam("q", m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", is(open));
        given().queryParam("q", m).queryParam("status", "DRAFT").when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", "Bearer " + Callers.campusUser("20220001")).queryParam("q", m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(2));
        given().header("Authorization", "Bearer " + Callers.apiKey("vendor", "read")).queryParam("q", m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1));
        given().header("Authorization", "Bearer " + Tokens.auditor()).queryParam("q", m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(3));
        given().header("Authorization", "Bearer " + Tokens.auditor()).queryParam("q", m).queryParam("status", "DRAFT").when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void pagesHaveNoGapsOrRepeatsEvenWithConcurrentInserts() throws Exception {
        String m = marker();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(Fixtures.published(with(item(m + " 分页 " + i, "HR"),
                    "publishedAt", String.format("2022-01-%02dT09:00:00+08:00", i + 1))));
        }
        for (String sort : List.of("NEWEST", "RELEVANCE")) {
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            ExecutorService inserts = Executors.newSingleThreadExecutor();
            do {
                var request = given().queryParam("q", m + " 分页").queryParam("limit", 4).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.when().get("/api/v1/items").then().statusCode(200).extract().response();
                List<String> pageIds = page.path("items.id");
                for (String id : pageIds) {
                    if (!seen.add(id)) {
                        throw new AssertionError("repeated " + id + " with sort " + sort);
                    }
                    order.add(id);
                }
                cursor = page.path("nextCursor");
                // someone publishes newer items while we page
                Future<?> f = inserts.submit(() -> Fixtures.published(item(m + " 分页 new", "HR")));
                f.get();
                pages++;
            } while (cursor != null && pages < 50);
            inserts.shutdown();
            assertEquals(true, seen.containsAll(ids), "every item that existed before paging was seen (" + sort + ")");
            if (sort.equals("NEWEST")) {
                List<String> expected = new ArrayList<>(ids);
                java.util.Collections.reverse(expected);
                assertEquals(expected, order.subList(0, 25));
            }
        }
    }

    @Test
    void badQueryParametersAre400Problems() {
        for (Map<String, Object> params : List.<Map<String, Object>>of(
                Map.of("limit", 100000), Map.of("limit", -1), Map.of("limit", 0), Map.of("limit", "many"),
                Map.of("cursor", "garbage!!"), Map.of("cursor", io.gongkai.commons.paging.Cursors.encode("x", "y")),
                Map.of("cursor", io.gongkai.commons.paging.Cursors.encode("n", "not-a-time", "nope")),
                Map.of("category", 0), Map.of("category", "two"), Map.of("year", 1800), Map.of("from", "2022-13-01"),
                Map.of("status", "LOST"), Map.of("audience", "ALL"), Map.of("sort", "random"),
                Map.of("q", "，。！"), Map.of("year", 2022, "from", "2021-01-01"))) {
            given().queryParams(params).when().get("/api/v1/items")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aBlankOrMalformedValueOfEachTypedParameterIsA400ThatNamesIt() {
        Map<String, List<String>> bad = new java.util.LinkedHashMap<>();
        bad.put("limit", List.of(" ", "many", "2.5", "0", "201"));
        bad.put("category", List.of(" ", "two", "0", "100"));
        bad.put("year", List.of(" ", "last", "1999"));
        bad.put("from", List.of(" ", "2022-13-01", "yesterday"));
        bad.put("to", List.of(" ", "2022-02-30"));
        bad.put("status", List.of(" ", "LOST"));
        bad.put("audience", List.of(" ", "ALL"));
        bad.put("sort", List.of(" ", "random"));
        bad.put("facets", List.of(" ", "maybe", "yes", "1"));
        bad.forEach((name, values) -> values.forEach(value -> {
            Response answer = given().queryParam(name, value).when().get("/api/v1/items");
            assertEquals(400, answer.statusCode(), name + "='" + value + "'");
            answer.then().contentType("application/problem+json").body("status", is(400)).body("violations[0].field", is(name));
        }));
    }

    @Test
    void closedSetsAndTruthValuesAreReadInAnyLetterCase() {
        String m = marker();
        Fixtures.published(item(m + " 大小写", "HR"));
        // the document names the canonical forms; other letter cases are read too, so only the answer is checked against it
        AnswerCheck.matchesDocument("GET", "/api/v1/items", given().noFilters().queryParam("q", m).queryParam("sort", "Newest")
                .queryParam("status", "published").queryParam("audience", "public").queryParam("facets", "TRUE")
                .when().get("/api/v1/items"))
                .then().statusCode(200).body("items", hasSize(1)).body("facets", notNullValue());
    }

    @Test
    void yearAndFromToAreTheSamePeriod() {
        String m = marker();
        Fixtures.published(with(item(m + " 学年末", "HR"), "publishedAt", "2022-08-31T23:30:00+08:00"));
        Fixtures.published(with(item(m + " 新学年", "HR"), "publishedAt", "2022-09-01T00:10:00+08:00"));
        given().queryParam("q", m).queryParam("year", 2022).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].title", containsString("学年末"));
        given().queryParam("q", m).queryParam("from", "2021-09-01").queryParam("to", "2022-08-31").when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1));
        given().queryParam("q", m).queryParam("year", 2023).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].title", containsString("新学年"));
    }

    @Test
    void sqlInTheQueryIsJustText() {
        given().queryParam("q", "'; DROP TABLE item; --").queryParam("unit", "' OR 1=1 --")
                .when().get("/api/v1/items").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("q", "a:* | !b & (c").when().get("/api/v1/items").then().statusCode(200);
    }

    @Test
    void listsRevalidateWithETag() {
        String m = marker();
        Fixtures.published(item(m + " 列表缓存", "HR"));
        Response first = given().queryParam("q", m).when().get("/api/v1/items").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("max-age")).extract().response();
        given().queryParam("q", m).header("If-None-Match", first.header("ETag")).when().get("/api/v1/items")
                .then().statusCode(304);
        Fixtures.published(item(m + " 列表缓存2", "HR"));
        given().queryParam("q", m).header("If-None-Match", first.header("ETag")).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void atomFeedListsNewestPublicItems() {
        String title = unique("最新公开信息");
        Fixtures.published(with(item(title + " & <更新>", "HR"), "publishedAt", "2099-01-01T09:00:00+08:00"));
        String campus = unique("校内");
        Fixtures.published(with(item(campus, "HR"), "audience", "CAMPUS", "publishedAt", "2099-01-02T09:00:00+08:00"));
        given().when().get("/api/v1/items/feed.atom")
                .then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
                .body(containsString(title + " &amp; &lt;更新&gt;"))
                .body(org.hamcrest.Matchers.not(containsString(campus)));
    }

    @Test
    void theAtomFeedIsWellFormedAndItsIdsAndLinksUseThePublicBaseUrl() throws Exception {
        String title = unique("控制字符\u0001与<标签>");
        Fixtures.published(with(item(title, "HR"), "publishedAt", "2099-01-03T09:00:00+08:00"));
        String xml = given().when().get("/api/v1/items/feed.atom").then().statusCode(200).extract().asString();
        Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String base = "https://xxgk.example.edu.cn/";
        assertEquals(base + "api/v1/items/feed.atom", feed.getElementsByTagName("id").item(0).getTextContent());
        Element self = (Element) feed.getElementsByTagName("link").item(0);
        assertEquals(base + "api/v1/items/feed.atom", self.getAttribute("href"));
        assertEquals(title.replace("\u0001", ""), feed.getElementsByTagName("entry").item(0).getChildNodes().item(1).getTextContent());
    }
}
