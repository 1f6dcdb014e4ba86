package io.gongkai.inquiry.request;

import static io.restassured.RestAssured.given;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data through the API: each test submits its own requests. */
final class Requests {

    private Requests() {
    }

    /** What the submitter got back. */
    record Submitted(String trackingNo, String accessCode, String dueDate) {
    }

    static Map<String, Object> applicant() {
        Map<String, Object> a = new HashMap<>();
        a.put("type", "NATURAL_PERSON");
        a.put("name", "王小明");
        a.put("idNumber", "220102199001011234");
        a.put("phone", "13912345678");
        a.put("email", "wang.xiaoming@example.cn");
        a.put("address", "吉林省长春市朝阳区卫星路7089号");
        return a;
    }

    static Map<String, Object> body() {
        Map<String, Object> b = new HashMap<>();
        b.put("applicant", applicant());
        b.put("description", "2021年本科招生计划分专业执行情况 " + UUID.randomUUID());
        b.put("purpose", "研究");
        b.put("deliveryForm", "ELECTRONIC");
        b.put("deliveryMethod", "EMAIL");
        return b;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                copy.remove((String) keyValues[i]);
            } else {
                copy.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return copy;
    }

    /** A letter a handler entered, received at {@code receivedAt} (ISO with offset). */
    static Submitted letter(String receivedAt) {
        return letter(with(body(), "channel", "LETTER", "receivedAt", receivedAt));
    }

    static Submitted letter(Map<String, Object> body) {
        ExtractableResponse<Response> r = given().auth().oauth2(Tokens.handler()).contentType("application/json").body(body)
                .when().post("/api/v1/requests").then().statusCode(201).extract();
        return new Submitted(r.path("trackingNo"), r.path("accessCode"), r.path("dueDate"));
    }

    /** A request submitted online by the public, now. */
    static Submitted online() {
        return online(body());
    }

    static Submitted online(Map<String, Object> body) {
        ExtractableResponse<Response> r = given().contentType("application/json").body(body)
                .when().post("/api/v1/requests").then().statusCode(201).extract();
        return new Submitted(r.path("trackingNo"), r.path("accessCode"), r.path("dueDate"));
    }

    /** A step as staff (token), with a JSON body. */
    static ValidatableResponse step(String token, String trackingNo, String step, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body == null ? Map.of() : body)
                .when().post("/api/v1/requests/" + trackingNo + "/" + step).then();
    }

    static ValidatableResponse step(String trackingNo, String step, Object body) {
        return step(Tokens.handler(), trackingNo, step, body);
    }

    static ValidatableResponse staffView(String token, String trackingNo) {
        return given().auth().oauth2(token).when().get("/api/v1/requests/" + trackingNo).then();
    }

    static ValidatableResponse applicantView(String trackingNo, String code) {
        return given().header("X-Access-Code", code).when().get("/api/v1/requests/" + trackingNo).then();
    }

    /** The gateway's hop credential in tests (its SHA-256 is the %test gongkai.hop.gateway-sha256). */
    static final String GATEWAY_HOP = "test-gateway-hop-credential";

    /** The applicant's view asked from the client address {@code client} (forwarded as by the gateway, with its credential). */
    static ValidatableResponse applicantView(String client, String trackingNo, String code) {
        return given().header("X-Gongkai-Hop", GATEWAY_HOP).header("X-Forwarded-For", client).header("X-Access-Code", code).when().get("/api/v1/requests/" + trackingNo).then();
    }

    static Map<String, Object> reply(String outcome) {
        Map<String, Object> r = new HashMap<>();
        r.put("outcome", outcome);
        r.put("text", "所申请信息见附件。");
        r.put("deliveryForm", "ELECTRONIC");
        return r;
    }

    /** Every event of the feed whose payload names {@code trackingNo}, in feed order. */
    static List<Map<String, Object>> events(String trackingNo) {
        List<Map<String, Object>> mine = new ArrayList<>();
        String after = "0";
        while (true) {
            ExtractableResponse<Response> page = given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after).queryParam("limit", 1000)
                    .when().get("/internal/v1/events").then().statusCode(200).extract();
            List<Map<String, Object>> events = page.path("events");
            if (events.isEmpty()) {
                return mine;
            }
            for (Map<String, Object> e : events) {
                Object payload = e.get("payload");
                if (payload instanceof Map<?, ?> p && trackingNo.equals(p.get("trackingNo"))) {
                    mine.add(e);
                }
            }
            after = page.path("nextPosition");
        }
    }
}
