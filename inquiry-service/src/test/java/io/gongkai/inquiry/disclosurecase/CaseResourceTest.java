package io.gongkai.inquiry.disclosurecase;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseResourceTest {

    private static Map<String, Object> lawsuit() {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", "LAWSUIT");
        c.put("lawsuitRoute", "AFTER_REVIEW");
        c.put("receivedOn", "2022-03-01");
        c.put("subject", "对不予公开答复不服提起诉讼");
        return c;
    }

    private static ExtractableResponse<Response> record(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.handler()).contentType("application/json").body(body)
                .when().post("/api/v1/cases").then().statusCode(201).extract();
    }

    @Test
    void aCaseIsRecordedOpenAndClosedWithItsResult() {
        String id = record(lawsuit()).path("id");
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cases/" + id).then().statusCode(200)
                .body("status", is("OPEN")).body("kind", is("LAWSUIT")).body("lawsuitRoute", is("AFTER_REVIEW"));
        Map<String, Object> closing = Map.of("result", "CORRECTED", "closedOn", "2022-06-30", "note", "法院判决重新答复");
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(closing)
                .when().post("/api/v1/cases/" + id + "/close").then().statusCode(200)
                .body("status", is("CLOSED")).body("result", is("CORRECTED")).body("closedOn", is("2022-06-30"));
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(closing)
                .when().post("/api/v1/cases/" + id + "/close").then().statusCode(409);
    }

    @Test
    void aComplaintAboutARequestNamesAKnownRequest() {
        Map<String, Object> complaint = new HashMap<>(lawsuit());
        complaint.put("kind", "COMPLAINT");
        complaint.remove("lawsuitRoute");
        complaint.put("relatedRequest", "YSQ-2001-999999");
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(complaint)
                .when().post("/api/v1/cases").then().statusCode(400).body("violations.field", hasItem("relatedRequest"));
        complaint.put("relatedRequest", "nope");
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(complaint)
                .when().post("/api/v1/cases").then().statusCode(400);
        complaint.remove("relatedRequest");
        record(complaint);
    }

    @Test
    void badCasesAre4xx() {
        Map<String, Object> noRoute = new HashMap<>(lawsuit());
        noRoute.remove("lawsuitRoute");
        Map<String, Object> reviewWithRoute = new HashMap<>(lawsuit());
        reviewWithRoute.put("kind", "REVIEW");
        Map<String, Object> future = new HashMap<>(lawsuit());
        future.put("receivedOn", LocalDate.now().plusDays(2).toString());
        Map<String, Object> unknownKind = new HashMap<>(lawsuit());
        unknownKind.put("kind", "PETITION");
        for (Map<String, Object> bad : List.of(noRoute, reviewWithRoute, future, unknownKind)) {
            given().auth().oauth2(Tokens.handler()).contentType("application/json").body(bad)
                    .when().post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType("application/json").body(lawsuit()).when().post("/api/v1/cases").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).contentType("application/json").body(lawsuit()).when().post("/api/v1/cases").then().statusCode(403);
        String id = record(lawsuit()).path("id");
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(Map.of("result", "UPHELD", "closedOn", "2021-01-01"))
                .when().post("/api/v1/cases/" + id + "/close").then().statusCode(400).body("violations.field", hasItem("closedOn"));
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(Map.of("closedOn", "2022-05-01"))
                .when().post("/api/v1/cases/" + id + "/close").then().statusCode(400).body("violations.field", hasItem("result"));
    }

    @Test
    void theListFiltersByKindStatusAndYearAndCasesEmitEvents() {
        Map<String, Object> review = new HashMap<>(lawsuit());
        review.put("kind", "REVIEW");
        review.remove("lawsuitRoute");
        review.put("receivedOn", "2021-09-01");
        String id = record(review).path("id");
        given().auth().oauth2(Tokens.auditor()).queryParam("kind", "REVIEW").queryParam("year", 2022).queryParam("limit", 200)
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.kind", everyItem(is("REVIEW")));
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(Map.of("result", "UPHELD", "closedOn", "2021-12-01"))
                .when().post("/api/v1/cases/" + id + "/close").then().statusCode(200);
        List<String> types = new java.util.ArrayList<>();
        String after = "0";
        while (true) {
            ExtractableResponse<Response> page = given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after).queryParam("limit", 1000)
                    .when().get("/internal/v1/events").then().statusCode(200).extract();
            List<Map<String, Object>> events = page.path("events");
            if (events.isEmpty()) {
                break;
            }
            events.stream().filter(e -> id.equals(e.get("aggregateId"))).forEach(e -> types.add((String) e.get("type")));
            after = page.path("nextPosition");
        }
        assertEquals(List.of("case.received", "case.closed"), types);
    }
}
