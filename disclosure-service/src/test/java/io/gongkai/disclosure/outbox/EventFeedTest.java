package io.gongkai.disclosure.outbox;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.gongkai.disclosure.item.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventFeedTest {

    /** The position after every event that is in the feed now. */
    private static String head() {
        String after = "0";
        while (true) {
            ExtractableResponse<Response> page = given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after).queryParam("limit", 1000)
                    .when().get("/internal/v1/events").then().statusCode(200).extract();
            List<Object> events = page.path("events");
            after = page.path("nextPosition");
            if (events.isEmpty()) {
                return after;
            }
        }
    }

    private static List<Map<String, Object>> poll(String after, int limit) {
        return given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after).queryParam("limit", limit).when().get("/internal/v1/events")
                .then().statusCode(200).extract().path("events");
    }

    @Test
    void lifecycleProducesOrderedEventsWithoutPersonalData() {
        String start = head();
        String id = Fixtures.draft(with(item(unique("事件"), "ADMISSIONS"), "checklistItem", "7",
                "postings", List.of(Fixtures.posting("PORTAL", "https://a/1"))));
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                .body("{\"publishedAt\":\"2022-05-20T09:00:00+08:00\"}")
                .when().post("/api/v1/items/" + id + "/publish").then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Fixtures.posting("WECHAT", "https://w/1"))
                .when().post("/api/v1/items/" + id + "/postings").then().statusCode(201);
        given().header("Authorization", "Bearer " + Tokens.admin()).when().delete("/api/v1/items/" + id + "/postings/PORTAL").then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/merge-patch+json; charset=UTF-8").body("{\"summary\":\"改\"}")
                .when().patch("/api/v1/items/" + id).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body("{\"reason\":\"过期\"}")
                .when().post("/api/v1/items/" + id + "/withdraw").then().statusCode(200);
        List<Map<String, Object>> mine = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 10_000;
        String after = start;
        while (mine.size() < 5 && System.currentTimeMillis() < deadline) {
            List<Map<String, Object>> page = poll(after, 100);
            for (Map<String, Object> e : page) {
                if (id.equals(e.get("aggregateId"))) {
                    mine.add(e);
                }
                after = (String) e.get("position");
            }
        }
        assertEquals(List.of("item.published", "item.posting-added", "item.posting-removed", "item.changed", "item.withdrawn"),
                mine.stream().map(e -> e.get("type")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> published = (Map<String, Object>) mine.get(0).get("payload");
        assertEquals("2022-05-20T09:00:00+08:00", mine.get(0).get("occurredAt"));
        assertEquals(List.of("PORTAL"), published.get("channels"));
        assertEquals(2, published.get("category"));
        assertEquals("7", published.get("checklistItem"));
        assertEquals("ADMISSIONS", published.get("unit"));
        assertEquals("PUBLIC", published.get("audience"));
        assertTrue(!published.containsKey("title") && !published.containsKey("body"));
        @SuppressWarnings("unchecked")
        Map<String, Object> added = (Map<String, Object>) mine.get(1).get("payload");
        assertEquals("WECHAT", added.get("channel"));
    }

    @Test
    void draftEditsProduceNoEvents() {
        String start = head();
        String id = Fixtures.draft(item(unique("草稿事件"), "HR"));
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/merge-patch+json; charset=UTF-8").body("{\"summary\":\"改\"}")
                .when().patch("/api/v1/items/" + id).then().statusCode(200);
        List<Map<String, Object>> page = poll(start, 1000);
        assertTrue(page.stream().noneMatch(e -> id.equals(e.get("aggregateId"))));
    }
}
