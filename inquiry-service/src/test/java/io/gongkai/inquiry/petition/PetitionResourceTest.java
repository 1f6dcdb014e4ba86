package io.gongkai.inquiry.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PetitionResourceTest {

    private static Map<String, Object> petition(String channel) {
        Map<String, Object> p = new HashMap<>();
        p.put("channel", channel);
        p.put("category", "CAMPUS_SERVICES");
        p.put("subject", "宿舍热水供应 " + UUID.randomUUID().toString().substring(0, 6));
        p.put("content", "三号楼热水每天晚上十点后停止供应。");
        p.put("contact", Map.of("name", "李同学", "phone", "13600001111", "email", "li.tongxue@example.cn"));
        return p;
    }

    private static ExtractableResponse<Response> submit(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/petitions").then().statusCode(201).extract();
    }

    private static io.restassured.response.ValidatableResponse step(String trackingNo, String step, Object body) {
        return given().auth().oauth2(Tokens.handler()).contentType("application/json").body(body)
                .when().post("/api/v1/petitions/" + trackingNo + "/" + step).then();
    }

    @Test
    void theChannelsAreTheSixOfTheReportPlusEmailLetterAndVisitWithTheReportsGrouping() {
        given().when().get("/api/v1/petition-channels").then().statusCode(200)
                .body("code", hasItems("PARTY_SECRETARY_MAILBOX", "PRESIDENT_MAILBOX", "PUBLIC_TELEPHONE", "SERVICE_HALL", "CAMPUS_123",
                        "EPIDEMIC_HOTLINE", "EMAIL", "LETTER", "VISIT"))
                .body("find { it.code == 'PRESIDENT_MAILBOX' }.reportGroup", is("MAILBOXES_AND_PHONE"))
                .body("find { it.code == 'PUBLIC_TELEPHONE' }.reportGroupName", is("党委书记信箱、校长信箱与公开电话"))
                .body("find { it.code == 'CAMPUS_123' }.reportGroup", is("CAMPUS_123"))
                .body("find { it.code == 'EMAIL' }.replyWorkingDays", is(15));
        given().when().get("/api/v1/petition-categories").then().statusCode(200)
                .body("code", hasItems("TEACHING", "CAMPUS_SERVICES", "ADMISSIONS", "FINANCE", "STAFF", "OTHER"));
    }

    @Test
    void anAdminAddsAChannelWithItsOwnDeadline() {
        String code = "WEIBO_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        Map<String, Object> channel = Map.of("name", "官方微博私信", "reportGroup", "OTHER", "reportGroupName", "其他渠道",
                "replyWorkingDays", 5, "active", true, "position", 100);
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(channel)
                .when().put("/api/v1/petition-channels/" + code).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(channel)
                .when().put("/api/v1/petition-channels/" + code).then().statusCode(201).body("replyWorkingDays", is(5));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(channel).header("If-Match", "\"99\"")
                .when().put("/api/v1/petition-channels/" + code).then().statusCode(412);
        // Fri 30 Sep 2022 10:00: five working days after it (the make-up weekend of 8-9 Oct counts) end on Wed 12 Oct
        given().auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(with(petition(code), "receivedAt", "2022-09-30T10:00:00+08:00"))
                .when().post("/api/v1/petitions").then().statusCode(201).body("dueDate", is("2022-10-12"));
    }

    @Test
    void anAnonymousPetitionGetsATrackingNumberACodeAndTheReplyDeadline() {
        Map<String, Object> anonymous = petition("PRESIDENT_MAILBOX");
        anonymous.remove("contact");
        given().contentType("application/json").body(anonymous).when().post("/api/v1/petitions")
                .then().statusCode(201)
                .body("trackingNo", matchesPattern("XF-" + OffsetDateTime.now().getYear() + "-\\d{6}"))
                .body("accessCode", notNullValue())
                .body("status", is("RECEIVED"))
                .body("dueDate", notNullValue());
    }

    @Test
    void staffEnterACallWithItsTimeAndItsDeadlineIsCountedInWorkingDays() {
        given().auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(with(petition("PUBLIC_TELEPHONE"), "receivedAt", "2022-09-30T10:00:00+08:00"))
                .when().post("/api/v1/petitions").then().statusCode(201)
                .body("trackingNo", matchesPattern("XF-2022-\\d{6}"))
                .body("dueDate", is("2022-10-26"));
    }

    @Test
    void badPetitionsAre4xx() {
        given().contentType("application/json").body(with(petition("EMAIL"), "receivedAt", "2022-09-30T10:00:00+08:00"))
                .when().post("/api/v1/petitions").then().statusCode(403);
        given().auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(with(petition("EMAIL"), "receivedAt", OffsetDateTime.now().plusDays(1).toString()))
                .when().post("/api/v1/petitions").then().statusCode(400).body("violations.field", hasItem("receivedAt"));
        given().contentType("application/json").body(with(petition("CARRIER_PIGEON"), "x", null))
                .when().post("/api/v1/petitions").then().statusCode(400).body("violations.field", hasItem("channel"));
        given().contentType("application/json").body(with(petition("EMAIL"), "category", "NOPE"))
                .when().post("/api/v1/petitions").then().statusCode(400).body("violations.field", hasItem("category"));
        given().contentType("application/json").body(with(petition("EMAIL"), "subject", null))
                .when().post("/api/v1/petitions").then().statusCode(400).body("violations.field", hasItem("subject"));
        given().contentType("application/json").body(with(petition("EMAIL"), "content", "长".repeat(10001)))
                .when().post("/api/v1/petitions").then().statusCode(400);
        given().contentType("application/json").body("{\"channel\": ").when().post("/api/v1/petitions").then().statusCode(400);
        given().header("X-Access-Code", "x").when().get("/api/v1/petitions/YSQ-2022-000001").then().statusCode(400);
    }

    @Test
    void thePetitionGoesFromReceivedToClosedWithItsHistoryAndEvents() {
        ExtractableResponse<Response> s = submit(petition("CAMPUS_123"));
        String no = s.path("trackingNo");
        step(no, "reply", Map.of("text", "已处理")).statusCode(409);
        step(no, "close", Map.of()).statusCode(409);
        step(no, "assign", Map.of()).statusCode(400);
        step(no, "assign", Map.of("unit", "后勤管理处", "reason", "热水")).statusCode(200)
                .body("status", is("ASSIGNED")).body("unit", is("后勤管理处"));
        step(no, "reply", Map.of("text", "热水供应已延长至23点。")).statusCode(200).body("status", is("REPLIED"));
        step(no, "assign", Map.of("unit", "x")).statusCode(409);
        step(no, "close", Map.of("satisfaction", "SATISFIED")).statusCode(200)
                .body("status", is("CLOSED"))
                .body("satisfaction", is("SATISFIED"))
                .body("history.step", org.hamcrest.Matchers.contains("receive", "assign", "reply", "close"))
                .body("history[1].actorRole", is("HANDLER"));
        given().header("X-Access-Code", (String) s.path("accessCode")).when().get("/api/v1/petitions/" + no)
                .then().statusCode(200)
                .body("status", is("CLOSED"))
                .body("reply", is("热水供应已延长至23点。"))
                .body("$", not(hasKey("contact")));
        List<String> types = new ArrayList<>();
        Map<String, Object> closed = null;
        String after = "0";
        while (true) {
            ExtractableResponse<Response> page = given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after).queryParam("limit", 1000)
                    .when().get("/internal/v1/events").then().statusCode(200).extract();
            List<Map<String, Object>> events = page.path("events");
            if (events.isEmpty()) {
                break;
            }
            for (Map<String, Object> e : events) {
                if (e.get("payload") instanceof Map<?, ?> p && no.equals(p.get("trackingNo"))) {
                    types.add((String) e.get("type"));
                    if ("petition.closed".equals(e.get("type"))) {
                        closed = (Map<String, Object>) p;
                    }
                }
            }
            after = page.path("nextPosition");
        }
        assertEquals(List.of("petition.received", "petition.closed"), types);
        assertEquals("CAMPUS_123", closed.get("channel"));
        assertEquals("CAMPUS_123", closed.get("reportGroup"));
        assertEquals("SATISFIED", closed.get("satisfaction"));
        assertEquals(true, closed.get("repliedOnTime"));
        assertFalse(closed.toString().contains("李同学") || closed.toString().contains("13600001111"));
    }

    @Test
    void aWrongCodeLooksLikeAnUnknownPetition() {
        String no = submit(petition("EMAIL")).path("trackingNo");
        given().header("X-Access-Code", "WRONG").when().get("/api/v1/petitions/" + no).then().statusCode(404);
        given().header("X-Access-Code", "WRONG").when().get(String.format("/api/v1/petitions/XF-2019-%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000))).then().statusCode(404);
    }

    @Test
    void theOverdueListShowsUnansweredPetitionsPastTheirDeadline() {
        String late = given().auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(with(petition("VISIT"), "receivedAt", "2022-09-30T10:00:00+08:00"))
                .when().post("/api/v1/petitions").then().statusCode(201).extract().path("trackingNo");
        String fresh = submit(petition("VISIT")).path("trackingNo");
        List<String> overdue = given().auth().oauth2(Tokens.auditor()).queryParam("overdue", true).queryParam("channel", "VISIT")
                .queryParam("limit", 200).when().get("/api/v1/petitions").then().statusCode(200).extract().path("items.trackingNo");
        assertTrue(overdue.contains(late));
        assertFalse(overdue.contains(fresh));
        given().auth().oauth2(Tokens.handler()).queryParam("reportGroup", "OTHER").queryParam("year", 2023).queryParam("limit", 200)
                .when().get("/api/v1/petitions").then().statusCode(200).body("items.trackingNo", hasItem(late));
        given().when().get("/api/v1/petitions").then().statusCode(401);
    }

    @Test
    void contactsAreForHandlersAndAdminsAndMaskedForAuditors() {
        String no = submit(petition("EMAIL")).path("trackingNo");
        given().auth().oauth2(Tokens.handler()).when().get("/api/v1/petitions/" + no).then().statusCode(200)
                .body("contact.name", is("李同学")).body("contact.phone", is("13600001111"));
        String auditor = given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/petitions/" + no).then().statusCode(200)
                .body("contactMasked", is(true)).body("contact.name", is("李**")).extract().asString();
        assertFalse(auditor.contains("13600001111") || auditor.contains("li.tongxue"), auditor);
        // structured fields only: the subject and the content may name people and places
        assertFalse(auditor.contains("热水"), auditor);
        given().auth().oauth2(Tokens.auditor()).queryParam("limit", 200).when().get("/api/v1/petitions").then().statusCode(200)
                .body("items.subject", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        given().auth().oauth2(Tokens.auditor()).contentType("application/json").body(Map.of("unit", "x"))
                .when().post("/api/v1/petitions/" + no + "/assign").then().statusCode(403);
        given().auth().oauth2(Tokens.handler()).when().get("/api/v1/petitions/" + no).then()
                .body("detail", org.hamcrest.Matchers.nullValue());
        String submitted = given().contentType("application/json").body(petition("EMAIL")).when().post("/api/v1/petitions")
                .then().statusCode(201).extract().asString();
        assertFalse(submitted.contains("李同学"), submitted);
        assertTrue(submitted.contains("accessCode"), containsString("accessCode").toString());
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
