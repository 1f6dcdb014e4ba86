package io.gongkai.stats.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.gongkai.stats.feed.FakeFeed;
import io.gongkai.stats.feed.FeedConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Request events (as inquiry-service emits them) become the figures of the report's table 三: received,
 * carried over, ended by outcome and legal basis, carried forward, per applicant column, and the
 * table's rule holds. The report year 2048 (1 Sep 2047 to 31 Aug 2048) is this test's own.
 */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class RequestFiguresTest {

    @Inject
    FeedConsumer consumer;

    private static String received(String id, String at, String type, String subType) {
        return FakeFeed.add("request.received", id, at, "{\"trackingNo\":\"YSQ-x\",\"receivedAt\":\"" + at + "\",\"channel\":\"ONLINE\","
                + "\"applicantType\":\"" + type + "\"" + (subType == null ? "" : ",\"applicantSubType\":\"" + subType + "\"")
                + ",\"ownPersonalInformation\":false}");
    }

    private static void answered(String id, String receivedAt, String at, String outcome, String basis, String fee) {
        FakeFeed.add("request.answered", id, at, "{\"trackingNo\":\"YSQ-x\",\"receivedAt\":\"" + receivedAt + "\",\"answeredAt\":\"" + at
                + "\",\"outcome\":\"" + outcome + "\"" + (basis == null ? "" : ",\"legalBasis\":\"" + basis + "\"")
                + ",\"applicantType\":\"NATURAL_PERSON\"" + (fee == null ? "" : ",\"fee\":" + fee) + ",\"onTime\":true}");
    }

    private void catchUp() {
        for (int i = 0; i < 50 && !(consumer.status().get(0).lag() == 0 && i > 0); i++) {
            consumer.pollOnce("disclosure");
        }
    }

    @Test
    void aYearsRequestsAddUpAsTableThree() {
        String r1 = UUID.randomUUID().toString();
        String r2 = UUID.randomUUID().toString();
        String r3 = UUID.randomUUID().toString();
        String r4 = UUID.randomUUID().toString();
        String r5 = UUID.randomUUID().toString();
        received(r1, "2047-08-20T10:00:00+08:00", "NATURAL_PERSON", null);
        answered(r1, "2047-08-20T10:00:00+08:00", "2047-09-10T10:00:00+08:00", "DISCLOSED", null, null);
        received(r2, "2047-10-01T10:00:00+08:00", "ORGANISATION", "COMMERCIAL");
        FakeFeed.add("request.accepted", r2, "2047-10-02T10:00:00+08:00", "{\"trackingNo\":\"YSQ-x\"}");
        answered(r2, "2047-10-01T10:00:00+08:00", "2047-10-20T10:00:00+08:00", "NOT_DISCLOSED", "THIRD_PARTY_RIGHTS",
                "{\"amount\":20.00,\"waived\":false}");
        received(r3, "2048-03-01T10:00:00+08:00", "NATURAL_PERSON", null);
        FakeFeed.add("request.withdrawn", r3, "2048-03-05T10:00:00+08:00", "{\"trackingNo\":\"YSQ-x\",\"receivedAt\":"
                + "\"2048-03-01T10:00:00+08:00\",\"endedAt\":\"2048-03-05T10:00:00+08:00\",\"applicantType\":\"NATURAL_PERSON\"}");
        received(r4, "2048-08-30T10:00:00+08:00", "NATURAL_PERSON", null);
        received(r5, "2048-01-10T10:00:00+08:00", "ORGANISATION", "RESEARCH");
        answered(r5, "2048-01-10T10:00:00+08:00", "2048-09-02T10:00:00+08:00", "DISCLOSED", null, null);
        catchUp();

        given().queryParam("year", 2048).when().get("/api/v1/stats/requests").then().statusCode(200)
                .body("from", is("2047-09-01")).body("to", is("2048-08-31"))
                .body("received.NATURAL_PERSON", is(2)).body("received.COMMERCIAL", is(1)).body("received.RESEARCH", is(1))
                .body("received.TOTAL", is(4))
                .body("carriedOver.NATURAL_PERSON", is(1)).body("carriedOver.TOTAL", is(1))
                .body("ended.NATURAL_PERSON", is(2)).body("ended.COMMERCIAL", is(1)).body("ended.TOTAL", is(3))
                .body("carriedForward.NATURAL_PERSON", is(1)).body("carriedForward.RESEARCH", is(1)).body("carriedForward.TOTAL", is(2))
                .body("outcomes", hasSize(3))
                .body("outcomes.find { it.outcome == 'NOT_DISCLOSED' }.legalBasis", is("THIRD_PARTY_RIGHTS"))
                .body("outcomes.find { it.outcome == 'NOT_DISCLOSED' }.byApplicant.COMMERCIAL", is(1))
                .body("outcomes.find { it.outcome == 'WITHDRAWN' }.total", is(1))
                .body("feesCharged", is(20.0f)).body("feesWaived", is(0))
                .body("balanced", is(true));
    }

    @Test
    void aPeriodIsAYearOrTwoDatesNeverBoth() {
        given().when().get("/api/v1/stats/requests").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", 2048).queryParam("from", "2048-01-01").when().get("/api/v1/stats/requests")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", "2048-03-01").queryParam("to", "2048-01-01").when().get("/api/v1/stats/requests")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
