package io.gongkai.stats.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.stats.feed.FakeFeed;
import io.gongkai.stats.feed.FeedConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The report's annex is kept per period: a second report does not ask disclosure-service's coverage again, an
 * item event applied for a day of the period makes the next one ask. The report year 2088 is this test's own.
 */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class AnnexCacheTest {

    @Inject
    FeedConsumer consumer;

    private void catchUp() {
        for (int i = 0; i < 50; i++) {
            consumer.pollOnce("disclosure");
            if (consumer.status().get(0).lag() == 0) {
                return;
            }
        }
    }

    private static void published(String at) {
        FakeFeed.add("item.published", UUID.randomUUID().toString(), at, "{\"itemId\":\"x\",\"status\":\"PUBLISHED\",\"category\":1,"
                + "\"checklistItem\":\"1\",\"unit\":\"HR\",\"audience\":\"PUBLIC\",\"publishedAt\":\"" + at + "\",\"channels\":[\"PORTAL\"]}");
    }

    private static void report(String accept) {
        given().accept(accept).when().get("/api/v1/reports/annual/2088").then().statusCode(200);
    }

    @Test
    void aSecondReportUsesTheKeptAnnexAndAnItemEventOfThePeriodMakesItAskAgain() {
        catchUp();
        given().accept("application/json").when().get("/api/v1/reports/annual/2088").then().statusCode(200).body("annex.available", is(true));
        int asked = FakeFeed.COVERAGE_CALLS.get();
        report("application/json");
        report("text/html");
        assertEquals(asked, FakeFeed.COVERAGE_CALLS.get(), "a second report asks for the coverage again");

        published("2085-03-01T09:00:00+08:00");
        catchUp();
        report("application/json");
        assertEquals(asked, FakeFeed.COVERAGE_CALLS.get(), "an item of another year makes the report ask again");

        published("2088-03-01T09:00:00+08:00");
        catchUp();
        report("application/json");
        assertEquals(asked + 1, FakeFeed.COVERAGE_CALLS.get(), "an item of the period does not make the report ask again");
        report("application/json");
        assertEquals(asked + 1, FakeFeed.COVERAGE_CALLS.get());
    }

    @Test
    void theKeptAnnexServesWhileDisclosureServiceIsDown() {
        given().accept("application/json").queryParam("format", "gov").when().get("/api/v1/reports/annual/2089").then().statusCode(200);
        given().accept("application/json").when().get("/api/v1/reports/annual/2089").then().statusCode(200).body("annex.available", is(true));
        int asked = FakeFeed.COVERAGE_CALLS.get();
        FakeFeed.coverageDown = true;
        try {
            given().accept("application/json").when().get("/api/v1/reports/annual/2089").then().statusCode(200)
                    .body("annex.available", is(true)).body("annex.rows[0].itemNo", is("1"));
        } finally {
            FakeFeed.coverageDown = false;
        }
        assertEquals(asked, FakeFeed.COVERAGE_CALLS.get());
    }
}
