package io.gongkai.inquiry.request;

import static io.gongkai.inquiry.request.Requests.body;
import static io.gongkai.inquiry.request.Requests.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIntakeTest {

    private static long requestCount() {
        return QuarkusTransaction.requiringNew().call(() -> DisclosureRequest.count());
    }

    @Test
    void thePublicSubmitsAndGetsATrackingNumberAnAccessCodeAndTheDueDate() {
        given().contentType("application/json").body(body())
                .when().post("/api/v1/requests")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/requests/YSQ-\\d{4}-\\d{6}"))
                .body("trackingNo", matchesPattern("YSQ-" + OffsetDateTime.now().getYear() + "-\\d{6}"))
                .body("accessCode", matchesPattern("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}"))
                .body("status", is("RECEIVED"))
                .body("dueDate", notNullValue());
    }

    @Test
    void aLetterEnteredByStaffCountsFromItsReceiptTime() {
        given().auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(with(body(), "channel", "LETTER", "receivedAt", "2022-09-30T10:00:00+08:00"))
                .when().post("/api/v1/requests")
                .then().statusCode(201)
                .body("trackingNo", matchesPattern("YSQ-2022-\\d{6}"))
                .body("effectiveReceipt", is("2022-09-30"))
                .body("dueDate", is("2022-10-26"));
    }

    @Test
    void trackingNumbersFollowTheCalendarYearOfReceiptOneByOne() {
        int first = Integer.parseInt(Requests.letter("2023-12-31T23:00:00+08:00").trackingNo().substring(9));
        String second = Requests.letter("2023-06-01T10:00:00+08:00").trackingNo();
        assertEquals(String.format("YSQ-2023-%06d", first + 1), second);
    }

    @Test
    void concurrentSubmissionsGetGaplessUniqueNumbers() throws Exception {
        int before = Integer.parseInt(Requests.letter("2024-03-01T10:00:00+08:00").trackingNo().substring(9));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                numbers.add(pool.submit(() -> Requests.letter("2024-03-01T10:00:00+08:00").trackingNo()));
            }
            List<Integer> got = new ArrayList<>();
            for (Future<String> f : numbers) {
                got.add(Integer.parseInt(f.get().substring(9)));
            }
            got.sort(null);
            List<Integer> expected = new ArrayList<>();
            for (int n = before + 1; n <= before + 24; n++) {
                expected.add(n);
            }
            assertEquals(expected, got);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameRequestWithAFreshCode() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = body();
        ExtractableResponse<Response> first = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post("/api/v1/requests").then().statusCode(201).extract();
        long count = requestCount();
        ExtractableResponse<Response> retry = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post("/api/v1/requests").then().statusCode(200).extract();
        assertEquals(count, requestCount());
        String trackingNo = first.path("trackingNo");
        assertEquals(trackingNo, retry.path("trackingNo"));
        assertEquals((String) first.path("dueDate"), retry.path("dueDate"));
        assertNotEquals((String) first.path("accessCode"), retry.path("accessCode"));
        Requests.applicantView(trackingNo, first.path("accessCode")).statusCode(404);
        Requests.applicantView(trackingNo, retry.path("accessCode")).statusCode(200);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIs422() {
        String key = "reuse-" + UUID.randomUUID();
        given().header("Idempotency-Key", key).contentType("application/json").body(body())
                .when().post("/api/v1/requests").then().statusCode(201);
        given().header("Idempotency-Key", key).contentType("application/json").body(body())
                .when().post("/api/v1/requests").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void thePublicCannotSetTheChannelOrTheReceiptTime() {
        long count = requestCount();
        given().contentType("application/json").body(with(body(), "receivedAt", "2022-09-30T10:00:00+08:00"))
                .when().post("/api/v1/requests").then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(with(body(), "channel", "LETTER"))
                .when().post("/api/v1/requests").then().statusCode(403);
        assertEquals(count, requestCount());
    }

    @Test
    void aReceiptTimeInTheFutureIs400AndNothingIsStored() {
        long count = requestCount();
        given().auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(with(body(), "channel", "LETTER", "receivedAt", OffsetDateTime.now().plusHours(2).toString()))
                .when().post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("receivedAt"));
        assertEquals(count, requestCount());
    }

    @Test
    void malformedJsonIs400() {
        long count = requestCount();
        given().contentType("application/json").body("{\"applicant\": {")
                .when().post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json").body("status", is(400));
        assertEquals(count, requestCount());
    }

    @Test
    void anUnknownEnumValueIs400NamingTheField() {
        given().contentType("application/json").body(with(body(), "deliveryForm", "CARRIER_PIGEON"))
                .when().post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("deliveryForm"));
        Map<String, Object> applicant = with(Requests.applicant(), "type", "ALIEN");
        given().contentType("application/json").body(with(body(), "applicant", applicant))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("applicant.type"));
    }

    @Test
    void aMissingFieldIs400NamingIt() {
        long count = requestCount();
        given().contentType("application/json").body(with(body(), "description", null))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("description"));
        given().contentType("application/json").body(with(body(), "applicant", with(Requests.applicant(), "name", null)))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("applicant.name"));
        assertEquals(count, requestCount());
    }

    @Test
    void textTooLongIs400() {
        given().contentType("application/json").body(with(body(), "description", "很".repeat(5001)))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("description"));
    }

    @Test
    void anOrganisationNeedsItsSubTypeAndAPersonHasNone() {
        given().contentType("application/json").body(with(body(), "applicant", with(Requests.applicant(), "type", "ORGANISATION")))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("applicant.subType"));
        given().contentType("application/json").body(with(body(), "applicant", with(Requests.applicant(), "subType", "RESEARCH")))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("applicant.subType"));
        given().contentType("application/json")
                .body(with(body(), "applicant", with(Requests.applicant(), "type", "ORGANISATION", "subType", "LEGAL_SERVICE")))
                .when().post("/api/v1/requests")
                .then().statusCode(201);
    }

    @Test
    void deliveryByEmailNeedsAnAddressToSendTo() {
        given().contentType("application/json").body(with(body(), "applicant", with(Requests.applicant(), "email", null)))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("applicant.email"));
    }

    @Test
    void everyFieldOfTheIntakeIsKept() {
        Requests.Submitted s = Requests.letter(with(body(), "channel", "IN_PERSON", "receivedAt", "2022-11-01T09:30:00+08:00",
                "documentNumber", "长大发〔2021〕12号", "documentDate", "2021-05-10", "deliveryForm", "PAPER", "deliveryMethod", "POST",
                "ownPersonalInformation", true,
                "applicant", with(Requests.applicant(), "type", "ORGANISATION", "subType", "RESEARCH", "name", "某研究所")));
        Requests.staffView(Tokens.handler(), s.trackingNo()).statusCode(200)
                .body("channel", is("IN_PERSON"))
                .body("receivedAt", containsString("2022-11-01T01:30"))
                .body("applicant.type", is("ORGANISATION"))
                .body("applicant.subType", is("RESEARCH"))
                .body("applicant.name", is("某研究所"))
                .body("applicant.idNumber", is("220102199001011234"))
                .body("applicant.phone", is("13912345678"))
                .body("applicant.email", is("wang.xiaoming@example.cn"))
                .body("applicant.address", is("吉林省长春市朝阳区卫星路7089号"))
                .body("documentNumber", is("长大发〔2021〕12号"))
                .body("documentDate", is("2021-05-10"))
                .body("purpose", is("研究"))
                .body("deliveryForm", is("PAPER"))
                .body("deliveryMethod", is("POST"))
                .body("ownPersonalInformation", is(true))
                .body("identityVerified", is(false))
                .body("history[0].step", is("receive"))
                .body("history[0].actorRole", is("HANDLER"))
                .body("$", not(org.hamcrest.Matchers.hasKey("accessCode")));
    }
}
