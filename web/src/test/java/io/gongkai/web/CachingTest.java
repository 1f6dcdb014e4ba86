package io.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * web keeps the API's anonymous public answers for a few seconds (5 s, application.properties): a page seen again
 * within that window, by anyone, costs no API call. A read with an access code, a post and a problem answer are
 * never kept.
 */
@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class CachingTest {

    @BeforeEach
    void reset() {
        KeptAnswers.forget();
        FakeApi.RECEIVED.clear();
        FakeApi.down = false;
        FakeApi.limited = false;
    }

    @AfterEach
    void up() {
        FakeApi.down = false;
        FakeApi.limited = false;
    }

    /** How many times web asked the API for this path (the query string, when given, must match too). */
    private static long asked(String method, String target) {
        return FakeApi.RECEIVED.stream().filter(r -> r.method().equals(method))
                .filter(r -> target.contains("?") ? r.target().equals(target) : r.target().split("\\?")[0].equals(target)).count();
    }

    private static Document view(String path, int status, String visitor) {
        return Jsoup.parse(given().header("X-Forwarded-For", visitor).when().get(path).then().statusCode(status).extract().asString());
    }

    @Test
    void aSecondViewWithinTheWindowByAnyVisitorDoesNotAskTheApiAgain() {
        Document first = view("/", 200, "203.0.113.7");
        Document second = view("/", 200, "198.51.100.23");
        assertEquals(first.select(".items li").eachText(), second.select(".items li").eachText());
        assertEquals(1, asked("GET", "/api/v1/items?limit=10&facets=true"));

        view("/items/" + FakeApi.ITEM, 200, "203.0.113.7");
        view("/items/" + FakeApi.ITEM, 200, "198.51.100.23");
        assertEquals(1, asked("GET", "/api/v1/items/" + FakeApi.ITEM));

        view("/search?q=招生", 200, "203.0.113.7");
        view("/search?q=招生", 200, "203.0.113.7");
        assertEquals(1, FakeApi.RECEIVED.stream().filter(r -> r.target().startsWith("/api/v1/items?q=")).count());
        view("/search?q=收费", 200, "203.0.113.7");
        assertEquals(2, FakeApi.RECEIVED.stream().filter(r -> r.target().startsWith("/api/v1/items?q=")).count(),
                "another search is another answer");

        view("/catalog?year=2022", 200, "203.0.113.7");
        view("/catalog/9?year=2022", 200, "203.0.113.7");
        assertEquals(1, asked("GET", "/api/v1/checklist/coverage"), "the catalogue and its entries read one coverage");

        view("/stats?year=2022", 200, "203.0.113.7");
        view("/stats?year=2022", 200, "203.0.113.7");
        assertEquals(1, asked("GET", "/api/v1/stats/channels?year=2022&granularity=month"));
        assertEquals(1, asked("GET", "/api/v1/stats/summary"));

        // the names of units, channels and categories: read once for all these pages
        assertEquals(1, asked("GET", "/api/v1/checklist"));
        assertEquals(1, asked("GET", "/api/v1/units"));
        assertEquals(1, asked("GET", "/api/v1/channels"));
    }

    @Test
    void aKeptAnswerIsAskedForAgainOnceTheWindowHasPassed() throws InterruptedException {
        view("/items/" + FakeApi.ITEM, 200, "203.0.113.7");
        view("/items/" + FakeApi.ITEM, 200, "203.0.113.7");
        assertEquals(1, asked("GET", "/api/v1/items/" + FakeApi.ITEM));
        long deadline = System.currentTimeMillis() + 8_000;
        while (asked("GET", "/api/v1/items/" + FakeApi.ITEM) == 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            view("/items/" + FakeApi.ITEM, 200, "203.0.113.7");
        }
        assertEquals(2, asked("GET", "/api/v1/items/" + FakeApi.ITEM), "a change shows within the window (5 s)");
    }

    @Test
    void aReadWithAnAccessCodeIsNeverKept() {
        Forms follow = Forms.open("/follow");
        for (int i = 0; i < 2; i++) {
            Response r = follow.post("/follow", Map.of("trackingNo", "YSQ-2022-000123", "accessCode", "Xq7-Ka9-Pm2-Zt4"));
            assertEquals(200, r.statusCode());
            assertEquals("已受理", Jsoup.parse(r.asString()).selectFirst("dd.status").text());
        }
        assertEquals(2, asked("GET", "/api/v1/requests/YSQ-2022-000123"));
        assertEquals(2, asked("GET", "/api/v1/requests/YSQ-2022-000123/clock"));

        Forms letter = Forms.open("/petition/follow");
        for (int i = 0; i < 2; i++) {
            letter.post("/petition/follow", Map.of("trackingNo", "XF-2022-000045", "accessCode", "Pt5-Qw8-Lm3")).then().statusCode(200);
        }
        assertEquals(2, asked("GET", "/api/v1/petitions/XF-2022-000045"));
        // a wrong code after a right one is asked for, and refused
        assertEquals(404, letter.post("/petition/follow", Map.of("trackingNo", "XF-2022-000045", "accessCode", "nope")).statusCode());
        assertEquals(3, asked("GET", "/api/v1/petitions/XF-2022-000045"));
    }

    @Test
    void aPostIsNeverKept() {
        Forms form = Forms.open("/evaluate");
        form.post("/evaluate", Map.of("rating", "4")).then().statusCode(200);
        form.post("/evaluate", Map.of("rating", "4")).then().statusCode(200);
        assertEquals(2, asked("POST", "/api/v1/evaluations"));
    }

    @Test
    void aProblemAnswerIsNotKept() {
        FakeApi.down = true;
        view("/", 503, "203.0.113.7");
        FakeApi.down = false;
        view("/", 200, "203.0.113.7");
        assertEquals(2, asked("GET", "/api/v1/checklist"), "the names' failed read was not kept");

        FakeApi.down = true;
        assertEquals("服务暂不可用", view("/items/" + FakeApi.ITEM, 503, "203.0.113.7").selectFirst("h1").text());
        FakeApi.down = false;
        assertEquals("2022年本科招生章程", view("/items/" + FakeApi.ITEM, 200, "203.0.113.7").selectFirst("h1").text());
        assertEquals(2, asked("GET", "/api/v1/items/" + FakeApi.ITEM), "the 503 was not kept");

        FakeApi.RECEIVED.clear();
        FakeApi.limited = true;
        assertEquals("访问过于频繁", view("/search?q=章程", 429, "203.0.113.7").selectFirst("h1").text());
        FakeApi.limited = false;
        view("/search?q=章程", 200, "203.0.113.7");
        assertEquals(2, FakeApi.RECEIVED.stream().filter(r -> r.target().startsWith("/api/v1/items?q=")).count(),
                "the 429 was asked once and not kept; the next view asked again");

        view("/catalog?year=1999", 400, "203.0.113.7");
        view("/catalog?year=1999", 400, "203.0.113.7");
        assertEquals(2, asked("GET", "/api/v1/checklist/coverage?year=1999"));
        view("/items/00000000-0000-4000-8000-000000000000", 404, "203.0.113.7");
        view("/items/00000000-0000-4000-8000-000000000000", 404, "203.0.113.7");
        assertEquals(2, asked("GET", "/api/v1/items/00000000-0000-4000-8000-000000000000"));
    }
}
