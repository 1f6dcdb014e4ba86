package io.gongkai.inquiry.request;

import static io.gongkai.inquiry.request.Requests.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Steps recorded after the fact (occurredAt), paper evaluations, and due dates counted on a missing calendar. */
@QuarkusTest
class RequestAfterTheFactTest {

    @Test
    void staffRecordStepsThatAlreadyHappened() {
        Requests.Submitted s = Requests.letter("2021-10-11T10:00:00+08:00");
        step(s.trackingNo(), "accept", Map.of("occurredAt", "2021-10-12T09:00:00+08:00")).statusCode(200);
        Map<String, Object> reply = Requests.reply("DISCLOSED");
        reply.put("occurredAt", "2021-10-20T15:00:00+08:00");
        step(s.trackingNo(), "reply", reply).statusCode(200)
                .body("reply.answeredAt", is("2021-10-20T07:00:00Z"))
                .body("history.step", contains("receive", "accept", "reply"))
                .body("history[0].at", is("2021-10-11T02:00:00Z"))
                .body("history[1].at", is("2021-10-12T01:00:00Z"))
                // who entered it and when
                .body("history[1].actor", notNullValue())
                .body("history[1].recordedAt", notNullValue())
                .body("history[2].recordedAt", notNullValue());
        Map<String, Object> answered = Requests.events(s.trackingNo()).stream()
                .filter(e -> "request.answered".equals(e.get("type"))).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(answered.get("occurredAt")).startsWith("2021-10-20"), answered.toString());
    }

    @Test
    void aStepNowHasNoRecordedAt() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "accept", null).statusCode(200).body("history[1].recordedAt", nullValue());
    }

    @Test
    void occurredAtIsNeverInTheFutureNorBeforeThePreviousStep() {
        Requests.Submitted s = Requests.letter("2022-03-01T10:00:00+08:00");
        step(s.trackingNo(), "accept", Map.of("occurredAt", "2099-01-01T10:00:00+08:00")).statusCode(400)
                .body("violations.field", hasItem("occurredAt"));
        step(s.trackingNo(), "accept", Map.of("occurredAt", "2022-02-28T10:00:00+08:00")).statusCode(400)
                .body("violations.field", hasItem("occurredAt"));
        given().header("Accept-Language", "zh").auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(Map.of("occurredAt", "2022-02-28T10:00:00+08:00"))
                .when().post("/api/v1/requests/" + s.trackingNo() + "/accept").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("occurredAt：不能早于上一步骤"));
        given().contentType("application/json").body(Map.of("occurredAt", "2022-03-02T10:00:00+08:00"))
                .header("X-Access-Code", s.accessCode())
                .when().post("/api/v1/requests/" + s.trackingNo() + "/withdraw").then().statusCode(400)
                .body("violations.field", hasItem("occurredAt"));
        step(s.trackingNo(), "accept", Map.of("occurredAt", "2022-03-01T10:00:00+08:00")).statusCode(200);
    }

    @Test
    void aDueDateCountedOnAMissingCalendarIsProvisional() {
        Requests.Submitted s = Requests.letter("2026-12-01T10:00:00+08:00");
        step(s.trackingNo(), "accept", null).statusCode(200).body("dueDateProvisional", nullValue());
        step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 15, "reason", "材料较多", "approver", "办公室主任"))
                .statusCode(200)
                .body("dueDate", org.hamcrest.Matchers.startsWith("2027-"))
                .body("dueDateProvisional.yearsWithoutCalendar", contains(2027))
                .body("dueDateProvisional.code", is("provisional-due-date"))
                .body("dueDateProvisional.params.years", is("2027"));
        Requests.applicantView(s.trackingNo(), s.accessCode()).statusCode(200)
                .body("dueDateProvisional.yearsWithoutCalendar", contains(2027));
        String handler = "prov-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        step(s.trackingNo(), "assign", Map.of("handler", handler)).statusCode(200);
        given().auth().oauth2(Tokens.handler()).queryParam("handler", handler).when().get("/api/v1/requests")
                .then().statusCode(200).body("items[0].dueDateProvisional", is(true));
        given().header("X-Access-Code", s.accessCode()).when().get("/api/v1/requests/" + s.trackingNo() + "/clock")
                .then().statusCode(200).body("dueDateProvisional", is(true)).body("yearsWithoutCalendar", contains(2027));
        Requests.Submitted settled = Requests.letter("2022-10-10T10:00:00+08:00");
        given().header("X-Access-Code", settled.accessCode()).when().get("/api/v1/requests/" + settled.trackingNo() + "/clock")
                .then().statusCode(200).body("dueDateProvisional", is(false));
    }

    @Test
    void staffEnterAnEvaluationReceivedOnPaper() {
        Map<String, Object> paper = new HashMap<>(Map.of("rating", 4, "receivedAt", "2022-03-01T10:00:00+08:00"));
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(paper).when().post("/api/v1/evaluations")
                .then().statusCode(201).body("receivedAt", is("2022-03-01T02:00:00Z"));
        given().contentType("application/json").body(paper).when().post("/api/v1/evaluations").then().statusCode(403);
        paper.put("receivedAt", "2099-03-01T10:00:00+08:00");
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(paper).when().post("/api/v1/evaluations")
                .then().statusCode(400).body("violations.field", hasItem("receivedAt"));
    }
}
