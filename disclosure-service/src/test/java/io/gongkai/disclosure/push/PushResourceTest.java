package io.gongkai.disclosure.push;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.gongkai.disclosure.contract.AnswerCheck;
import io.gongkai.disclosure.item.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PushResourceTest {

    @BeforeEach
    void sourcesLoadTheirHistory() {
        // the records below are of 2022: back-filling allowed (SourceRulesTest checks the rule itself)
        Fixtures.allowBackfill("admissions");
        Fixtures.allowBackfill("finance");
    }


    private static final String ADMISSIONS = Tokens.sourceSystem("admissions", "items:write");

    private static Map<String, Object> record(String title) {
        return with(item(title, "ADMISSIONS"), "checklistItem", "9", "publishedAt", "2022-07-15T18:30:00+08:00",
                "postings", List.of(Fixtures.posting("PORTAL", "https://zsb.example.edu.cn/lq.htm")));
    }

    /** The events of one item in the whole feed, each page read once from position 0. */
    static int eventsFor(String itemId) {
        int count = 0;
        String after = "0";
        while (true) {
            var page = given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after)
                    .queryParam("limit", 1000).when().get("/internal/v1/events").then().statusCode(200).extract();
            List<Object> events = page.path("events");
            if (events.isEmpty()) {
                return count;
            }
            List<String> mine = page.path("events.findAll { it.aggregateId == '" + itemId + "' }.type");
            count += mine.size();
            after = page.path("nextPosition");
        }
    }

    @Test
    void samePayloadTwiceIsUnchangedWithoutNewVersionOrEvent() {
        String externalId = unique("lq");
        Map<String, Object> body = record(unique("2022年录取分数线"));
        String id = given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(201).body("result", is("created")).body("version", is(1))
                .body("item.status", is("PUBLISHED"))
                .body("item.publishedAt", is("2022-07-15T18:30:00+08:00"))
                .body("item.source", is("admissions")).body("item.externalId", is(externalId))
                .extract().path("id");
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(200).body("result", is("unchanged")).body("version", is(1)).body("id", is(id));
        assertEvents(id, 1);
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(with(body, "summary", "更正"))
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(200).body("result", is("updated")).body("version", is(2));
        assertEvents(id, 2);
        given().when().get("/api/v1/items/" + id).then().statusCode(200).body("summary", is("更正"))
                .body("publishedAt", is("2022-07-15T18:30:00+08:00"));
    }

    private static void assertEvents(String id, int expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, eventsFor(id));
    }

    @Test
    void aSourceMayWithdrawAndDraftItsItems() {
        String externalId = unique("wd");
        Map<String, Object> body = record(unique("拟录取名单"));
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId).then().statusCode(201);
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(with(body, "status", "WITHDRAWN"))
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(400).body("violations[0].field", is("withdrawReason"));
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json")
                .body(with(body, "status", "WITHDRAWN", "withdrawReason", "名单有误"))
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(200).body("result", is("updated")).body("item.status", is("WITHDRAWN"));
    }

    @Test
    void batchGivesOneResultPerRecordAndABadRecordRejectsOnlyItself() {
        String prefix = unique("b");
        List<Object> records = new ArrayList<>();
        records.add(with(record(unique("批量一")), "externalId", prefix + "-1"));
        records.add(with(record(unique("批量二")), "externalId", prefix + "-2", "unit", "NOWHERE"));
        records.add(with(record(unique("批量三")), "externalId", prefix + "-3", "publishedAt", "not a time"));
        records.add(with(record("长".repeat(10_000)), "externalId", prefix + "-4"));
        records.add(Map.of("title", "没有外部编号", "unit", "ADMISSIONS"));
        records.add("not an object");
        records.add(with(record(unique("批量七")), "externalId", prefix + "-7", "postings",
                List.of(Fixtures.posting("FAX", null))));
        records.add(with(record(unique("批量八")), "externalId", prefix + "-8", "audience", "MARS"));
        // the bad records break the document's record schema on purpose: only the answer is checked against it
        AnswerCheck.matchesDocument("POST", "/api/v1/sources/admissions/items:batch", given().noFilters()
                .header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(Map.of("records", records))
                .when().post("/api/v1/sources/admissions/items:batch"))
                .then().statusCode(200)
                .body("created", is(1)).body("rejected", is(7))
                .body("results", hasSize(8))
                .body("results[0].result", is("created"))
                .body("results[0].id", notNullValue())
                .body("results[1].problems.field", hasItem("unit"))
                .body("results[2].problems.field", hasItem("publishedAt"))
                .body("results[3].problems.field", hasItem("title"))
                .body("results[4].problems.field", hasItem("externalId"))
                .body("results[5].result", is("rejected"))
                .body("results[6].problems.field", hasItem("postings[0].channel"))
                .body("results[7].problems.field", hasItem("audience"));
        // the same batch again: the good record is unchanged
        AnswerCheck.matchesDocument("POST", "/api/v1/sources/admissions/items:batch", given().noFilters()
                .header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(Map.of("records", records))
                .when().post("/api/v1/sources/admissions/items:batch"))
                .then().statusCode(200).body("unchanged", is(1)).body("created", is(0)).body("rejected", is(7));
    }

    @Test
    void aLargeBatchKeepsTheOrderOfItsRecordsAndMergesRepeatedIds() {
        String prefix = unique("c");
        String existing = given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(record(unique("已有条目")))
                .when().put("/api/v1/sources/admissions/items/" + prefix + "-old")
                .then().statusCode(201).extract().path("id");
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String externalId = switch (i) {
                case 5, 150, 245 -> prefix + "-dup";
                case 120, 230 -> prefix + "-old";
                default -> prefix + "-" + i;
            };
            records.add(with(record("分块 " + prefix + " 第" + i + "条"), "externalId", externalId));
        }
        var answer = given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(Map.of("records", records))
                .when().post("/api/v1/sources/admissions/items:batch")
                .then().statusCode(200)
                .body("created", is(246)).body("updated", is(4)).body("rejected", is(0))
                .body("results", hasSize(250))
                .body("results[5].result", is("created")).body("results[150].result", is("updated"))
                .body("results[245].result", is("updated")).body("results[245].version", is(3))
                .body("results[230].id", is(existing)).body("results[230].version", is(3))
                .extract();
        for (int i = 0; i < 250; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(i, (int) answer.path("results[" + i + "].index"));
        }
        String dup = answer.path("results[245].id");
        org.junit.jupiter.api.Assertions.assertEquals(dup, answer.path("results[5].id"));
        given().header("Authorization", "Bearer " + Tokens.auditor()).when().get("/api/v1/items/" + dup)
                .then().statusCode(200).body("title", is("分块 " + prefix + " 第245条")).body("version", is(3));
        given().header("Authorization", "Bearer " + Tokens.auditor()).when().get("/api/v1/items/" + existing)
                .then().statusCode(200).body("title", is("分块 " + prefix + " 第230条")).body("version", is(3));
        given().header("Authorization", "Bearer " + Tokens.auditor()).queryParam("q", prefix).queryParam("limit", 100).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(100));
    }

    @Test
    void batchOf1000IsFineAnd1001IsRefusedWhole() {
        String prefix = unique("k");
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            Map<String, Object> r = new HashMap<>(item("批量录取信息 " + prefix + " " + i, "ADMISSIONS"));
            r.put("externalId", prefix + "-" + i);
            r.put("publishedAt", "2022-07-15T18:30:00+08:00");
            records.add(r);
        }
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(Map.of("records", records))
                .when().post("/api/v1/sources/admissions/items:batch")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("records"));
        given().header("Authorization", "Bearer " + Tokens.auditor()).queryParam("q", prefix).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(Map.of("records", records.subList(0, 1000)))
                .when().post("/api/v1/sources/admissions/items:batch")
                .then().statusCode(200).body("created", is(1000)).body("results", hasSize(1000));
    }

    @Test
    void anOversizedBatchIsRefusedAtItsFirstExtraRecordNotAfterReadingItWhole() {
        StringBuilder body = new StringBuilder("{\"records\":[");
        for (int i = 0; i <= 1000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"externalId\":\"over-").append(i).append("\",\"title\":\"超出上限\"}");
        }
        // what follows the 1001st record is not even JSON: a reader that parsed the whole body would say so instead
        body.append(",").append("x".repeat(100_000)).append(" not json at all");
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(body.toString())
                .when().post("/api/v1/sources/admissions/items:batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("records")).body("violations[0].message", containsString("at most 1000"));
    }

    @Test
    void onlyTheSourceItselfOrAnAdminMayPush() {
        Map<String, Object> body = record(unique("权限"));
        String externalId = unique("p");
        // another source's token
        given().header("Authorization", "Bearer " + Tokens.sourceSystem("finance", "items:write")).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(403).contentType("application/problem+json");
        // the right source without the scope
        given().header("Authorization", "Bearer " + Tokens.sourceSystem("admissions", "metrics:write")).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(403);
        // unknown source, even with a matching claim
        given().header("Authorization", "Bearer " + Tokens.sourceSystem("nowhere", "items:write")).contentType("application/json").body(body)
                .when().put("/api/v1/sources/nowhere/items/" + externalId)
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Map.of("records", List.of()))
                .when().post("/api/v1/sources/nowhere/items:batch")
                .then().statusCode(403);
        given().contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(401);
        // an editor is not a source system
        given().header("Authorization", "Bearer " + Tokens.editor("ADMISSIONS")).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(403);
        // an admin may push as any known source
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(201);
    }

    @Test
    void malformedBatchesAre400() {
        for (String body : new String[] {"{\"records\": ", "{\"records\": 5}", "{}", "\"text\""}) {
            given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(body)
                    .when().post("/api/v1/sources/admissions/items:batch")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().header("Authorization", "Bearer " + ADMISSIONS).contentType("application/json").body(record("x"))
                .when().put("/api/v1/sources/admissions/items/" + "bad id with spaces")
                .then().statusCode(400);
    }
}
