package io.gongkai.stats.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.stats.feed.FakeFeed;
import io.gongkai.stats.feed.FeedConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Petitions, cases and evaluations (as inquiry-service emits them) in the summary of a report year:
 * petitions by channel and by the report's grouping, table 四 with open cases, the evaluations' average.
 * Report year 2049 (1 Sep 2048 to 31 Aug 2049) is this test's own.
 */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class SummaryTest {

    @Inject
    FeedConsumer consumer;

    private void catchUp() {
        for (int i = 0; i < 50 && !(consumer.status().get(0).lag() == 0 && i > 0); i++) {
            consumer.pollOnce("disclosure");
        }
    }

    private static void petition(String channel, String group, String at) {
        FakeFeed.add("petition.received", UUID.randomUUID().toString(), at, "{\"trackingNo\":\"XF-x\",\"receivedAt\":\"" + at
                + "\",\"channel\":\"" + channel + "\",\"reportGroup\":\"" + group + "\",\"category\":\"TEACHING\",\"dueDate\":\"2049-01-01\"}");
    }

    private static void caseEvent(String type, String kind, String route, String receivedOn, String closedOn, String result) {
        String at = (closedOn == null ? receivedOn : closedOn) + "T00:00:00+08:00";
        FakeFeed.add(type, UUID.randomUUID().toString(), at, "{\"kind\":\"" + kind + "\"" + (route == null ? "" : ",\"lawsuitRoute\":\"" + route + "\"")
                + ",\"receivedOn\":\"" + receivedOn + "\"" + (closedOn == null ? "" : ",\"closedOn\":\"" + closedOn + "\",\"result\":\"" + result + "\"") + "}");
    }

    @Test
    void aYearsPetitionsCasesAndEvaluations() {
        petition("PRESIDENT_MAILBOX", "LEADERS_MAILBOXES", "2048-10-01T10:00:00+08:00");
        petition("PUBLIC_TELEPHONE", "LEADERS_MAILBOXES", "2048-11-01T10:00:00+08:00");
        petition("CAMPUS_123", "CAMPUS_123", "2049-02-01T10:00:00+08:00");
        petition("CAMPUS_123", "CAMPUS_123", "2049-09-01T10:00:00+08:00"); // the next year
        caseEvent("case.received", "REVIEW", null, "2048-12-01", null, null);
        caseEvent("case.closed", "REVIEW", null, "2048-12-01", "2049-03-01", "UPHELD");
        caseEvent("case.received", "LAWSUIT", "AFTER_REVIEW", "2049-05-01", null, null);
        for (int rating : new int[] {5, 4, 4}) {
            FakeFeed.add("evaluation.received", UUID.randomUUID().toString(), "2049-06-01T10:00:00+08:00",
                    "{\"rating\":" + rating + ",\"receivedAt\":\"2049-06-01T10:00:00+08:00\"}");
        }
        catchUp();
        given().queryParam("year", 2049).when().get("/api/v1/stats/summary").then().statusCode(200)
                .body("from", is("2048-09-01")).body("to", is("2049-08-31"))
                .body("petitions.received", is(3))
                .body("petitions.byChannel.CAMPUS_123", is(1)).body("petitions.byGroup.LEADERS_MAILBOXES", is(2))
                .body("cases.find { it.row == 'REVIEW' }.upheld", is(1))
                .body("cases.find { it.row == 'REVIEW' }.open", is(0))
                .body("cases.find { it.row == 'LAWSUIT_AFTER_REVIEW' }.open", is(1))
                .body("cases.find { it.row == 'LAWSUIT_AFTER_REVIEW' }.total", is(1))
                .body("cases.find { it.row == 'COMPLAINT' }.total", is(0))
                .body("evaluations.count", is(3)).body("evaluations.averageRating", is(4.33f))
                .body("evaluations.distribution.'4'", is(2))
                .body("requests.balanced", is(true));
    }

    @Test
    void aYearWithNothingIsZerosNotAnError() {
        given().queryParam("year", 2090).when().get("/api/v1/stats/summary").then().statusCode(200)
                .body("channels.total", is(0)).body("requests.received.TOTAL", is(0)).body("petitions.received", is(0))
                .body("evaluations.count", is(0)).body("evaluations.averageRating", nullValue());
    }

    @Test
    void aDashboardPollingTheSameFiguresGets304UntilAPetitionArrives() {
        String etag = given().queryParam("year", 2091).when().get("/api/v1/stats/summary").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=60")).body("petitions.received", is(0)).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("year", 2091).when().get("/api/v1/stats/summary").then().statusCode(304)
                .header("ETag", is(etag));
        petition("PRESIDENT_MAILBOX", "LEADERS_MAILBOXES", "2091-03-01T09:00:00+08:00");
        catchUp();
        given().header("If-None-Match", etag).queryParam("year", 2091).when().get("/api/v1/stats/summary").then().statusCode(200)
                .header("ETag", not(etag)).body("petitions.received", is(1));
    }

    @Test
    void badPeriodsAreProblems() {
        given().queryParam("year", 1999).when().get("/api/v1/stats/summary").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("year", 2049).queryParam("to", "2049-01-01").when().get("/api/v1/stats/summary").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
