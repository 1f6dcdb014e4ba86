package io.gongkai.inquiry.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.gongkai.inquiry.security.Limit;
import io.gongkai.inquiry.security.LimitStore;
import io.quarkus.arc.Arc;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationResourceTest {

    private static JsonPath today() {
        String day = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        return given().auth().oauth2(Tokens.auditor()).queryParam("from", day).queryParam("to", day)
                .when().get("/api/v1/evaluations/summary").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSummaryCountsAveragesAndDistributesTheRatings() {
        JsonPath before = today();
        for (int rating : new int[] {5, 4, 4}) {
            given().contentType("application/json").body(Map.of("rating", rating, "comment", "答复及时"))
                    .when().post("/api/v1/evaluations").then().statusCode(201).body("rating", is(rating));
        }
        JsonPath after = today();
        assertEquals(before.getLong("count") + 3, after.getLong("count"));
        assertEquals(before.getLong("distribution.4") + 2, after.getLong("distribution.4"));
        assertEquals(before.getLong("distribution.5") + 1, after.getLong("distribution.5"));
        assertTrue(after.getDouble("average") >= 1 && after.getDouble("average") <= 5);
    }

    @Test
    void aRatingOutsideOneToFiveIs400() {
        for (Object bad : new Object[] {0, 6, "five"}) {
            given().contentType("application/json").body(Map.of("rating", bad))
                    .when().post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType("application/json").body(Map.of("comment", "x"))
                .when().post("/api/v1/evaluations").then().statusCode(400).body("violations.field", hasItem("rating"));
    }

    @Test
    void theSummaryIsForStaffAndNeedsAPeriod() {
        given().queryParam("year", 2022).when().get("/api/v1/evaluations/summary").then().statusCode(401);
        given().auth().oauth2(Tokens.handler()).when().get("/api/v1/evaluations/summary").then().statusCode(400);
        given().auth().oauth2(Tokens.handler()).queryParam("year", 2022).when().get("/api/v1/evaluations/summary")
                .then().statusCode(200).body("from", is("2021-09-01")).body("to", is("2022-08-31"));
    }

    @Test
    void oneClientIsLimitedPerWindowInTheSharedStore() {
        Limit limit = Arc.container().instance(LimitStore.class).get().limit("test-" + java.util.UUID.randomUUID(), 2, Duration.ofHours(1));
        assertNull(limit.take("a"));
        assertNull(limit.take("a"));
        Duration wait = limit.take("a");
        assertTrue(wait != null && wait.compareTo(Duration.ofMinutes(59)) > 0 && wait.compareTo(Duration.ofHours(1)) <= 0, String.valueOf(wait));
        assertNull(limit.take("b"));
        assertEquals(wait.toMinutes(), limit.exhausted("a").toMinutes());
    }

    @Test
    void theCommentNeverReachesTheFeed() {
        String marker = "评议备注" + java.util.UUID.randomUUID();
        given().contentType("application/json").body(Map.of("rating", 3, "comment", marker))
                .when().post("/api/v1/evaluations").then().statusCode(201);
        String after = "0";
        while (true) {
            var page = given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after).queryParam("limit", 1000).when().get("/internal/v1/events")
                    .then().statusCode(200).extract();
            if (page.path("events.size()").equals(0)) {
                break;
            }
            assertFalse(page.asString().contains(marker));
            after = page.path("nextPosition");
        }
    }
}
