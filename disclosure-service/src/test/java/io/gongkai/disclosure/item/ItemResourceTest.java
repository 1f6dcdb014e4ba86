package io.gongkai.disclosure.item;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.disclosure.security.Callers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ItemResourceTest {

    private static final String ADMIN = Tokens.admin();

    @Test
    void createdItemIsADraftWithLocationAndETag() {
        String title = unique("2022年本科招生章程");
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json")
                .body(with(item(title, "ADMISSIONS"), "checklistItem", "7", "summary", "招生章程摘要",
                        "producedAt", "2022-05-02",
                        "attachments", List.of(Map.of("name", "章程.pdf", "url", "https://example.edu.cn/a.pdf", "size", 1234,
                                "type", "application/pdf"))))
                .when().post("/api/v1/items")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/items/"))
                .header("ETag", "\"1\"")
                .body("status", is("DRAFT"))
                .body("category", is(2))
                .body("checklist", is("2014"))
                .body("audience", is("PUBLIC"))
                .body("dueDate", is("2022-05-31")) // 2022-05-07 was a make-up working day
                .body("attachments[0].name", is("章程.pdf"))
                .body("version", is(1));
    }

    @Test
    void lifecycleDraftPublishedWithdrawnKeepsHistory() {
        String id = Fixtures.draft(item(unique("学校章程"), "PRESIDENT_OFFICE"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{\"publishedAt\":\"2022-03-01T10:00:00+08:00\"}")
                .when().post("/api/v1/items/" + id + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED"))
                .body("publishedAt", is("2022-03-01T10:00:00+08:00")).body("version", is(2));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{\"reason\":\"信息有误\"}")
                .when().post("/api/v1/items/" + id + "/withdraw")
                .then().statusCode(200).body("status", is("WITHDRAWN")).body("withdrawReason", is("信息有误"));
        given().header("Authorization", "Bearer " + Tokens.auditor()).when().get("/api/v1/items/" + id + "/history")
                .then().statusCode(200)
                .body("action", is(List.of("created", "published", "withdrawn")))
                .body("actor", everyItem(is("admin-1")))
                .body("[2].reason", is("信息有误"))
                .body("version", is(List.of(1, 2, 3)));
        // withdrawn: gone for the public, kept for staff
        given().when().get("/api/v1/items/" + id).then().statusCode(404);
        given().header("Authorization", "Bearer " + ADMIN).when().get("/api/v1/items/" + id).then().statusCode(200).body("status", is("WITHDRAWN"));
    }

    @Test
    void publishingTwiceIsANoOp() {
        String id = Fixtures.published(item(unique("重复发布"), "HR"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{}")
                .when().post("/api/v1/items/" + id + "/publish")
                .then().statusCode(200).body("version", is(2));
    }

    @Test
    void withdrawNeedsAReasonAndAPublishedItem() {
        String draft = Fixtures.draft(item(unique("草稿"), "HR"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{\"reason\":\"x\"}")
                .when().post("/api/v1/items/" + draft + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json");
        String id = Fixtures.published(item(unique("撤回"), "HR"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{\"reason\":\" \"}")
                .when().post("/api/v1/items/" + id + "/withdraw")
                .then().statusCode(400).body("violations[0].field", is("reason"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{\"reason\":\"原因\"}")
                .when().post("/api/v1/items/" + id + "/withdraw").then().statusCode(200);
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{}")
                .when().post("/api/v1/items/" + id + "/publish")
                .then().statusCode(409);
    }

    @Test
    void putReplacesContentAndHonoursIfMatch() {
        String id = Fixtures.draft(item(unique("财务制度"), "FINANCE"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").header("If-Match", "\"1\"")
                .body(with(item("财务管理制度（修订）", "FINANCE"), "checklistItem", "15"))
                .when().put("/api/v1/items/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("title", is("财务管理制度（修订）")).body("category", is(3));
        // stale If-Match: 412 and nothing changes
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").header("If-Match", "\"1\"")
                .body(item("不应保存", "FINANCE"))
                .when().put("/api/v1/items/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + ADMIN).when().get("/api/v1/items/" + id)
                .then().statusCode(200).body("title", is("财务管理制度（修订）")).body("version", is(2));
        given().header("Authorization", "Bearer " + ADMIN).when().get("/api/v1/items/" + id + "/history")
                .then().body("[1].changed", hasItems("title", "checklistItem", "category"));
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        String id = Fixtures.draft(with(item(unique("补丁"), "HR"), "summary", "旧摘要", "checklistItem", "24"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"summary\":\"新摘要\",\"audience\":\"CAMPUS\"}")
                .when().patch("/api/v1/items/" + id)
                .then().statusCode(200).body("summary", is("新摘要")).body("audience", is("CAMPUS"))
                .body("checklistItem", is("24")).body("version", is(2));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"audience\":null,\"producedAt\":null,\"publishedAt\":null}")
                .when().patch("/api/v1/items/" + id)
                .then().statusCode(200).body("audience", is("PUBLIC")).body("version", is(3));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"audience\":\"EVERYONE\"}")
                .when().patch("/api/v1/items/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("audience"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\":null}")
                .when().patch("/api/v1/items/" + id)
                .then().statusCode(400).body("violations[0].field", is("title"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"summary\":\"x\"}")
                .when().patch("/api/v1/items/" + id)
                .then().statusCode(412);
    }

    @Test
    void postingsCanBeAddedAndRemoved() {
        String id = Fixtures.published(with(item(unique("招生计划"), "ADMISSIONS"),
                "postings", List.of(Fixtures.posting("PORTAL", "https://www.example.edu.cn/zs.htm"))));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json")
                .body(Fixtures.posting("WECHAT", "https://mp.weixin.qq.com/s/abc"))
                .when().post("/api/v1/items/" + id + "/postings")
                .then().statusCode(201).body("postings.channel", hasItems("PORTAL", "WECHAT"));
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json")
                .body(Fixtures.posting("WECHAT", "https://mp.weixin.qq.com/s/abc"))
                .when().post("/api/v1/items/" + id + "/postings")
                .then().statusCode(409);
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json")
                .body(Fixtures.posting("CARRIER_PIGEON", null))
                .when().post("/api/v1/items/" + id + "/postings")
                .then().statusCode(400);
        given().header("Authorization", "Bearer " + ADMIN).when().delete("/api/v1/items/" + id + "/postings/PORTAL")
                .then().statusCode(200).body("postings.channel", is(List.of("WECHAT")));
        given().header("Authorization", "Bearer " + ADMIN).when().delete("/api/v1/items/" + id + "/postings/PORTAL")
                .then().statusCode(404);
    }

    @Test
    void draftAndCampusItemsAreNeverPublic() {
        String draft = Fixtures.draft(item(unique("草稿可见性"), "HR"));
        String campus = Fixtures.published(with(item(unique("校内通知"), "HR"), "audience", "CAMPUS"));
        String open = Fixtures.published(item(unique("公开通知"), "HR"));
        given().when().get("/api/v1/items/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/items/" + campus).then().statusCode(404);
        given().when().get("/api/v1/items/" + open).then().statusCode(200)
                .header("Cache-Control", containsString("public")).header("ETag", "\"2\"");
        // campus sign-on users see campus items (API keys only with items:read-campus: VisibilityTest); staff see drafts too
        given().header("Authorization", "Bearer " + Callers.campusUser("20220001")).when().get("/api/v1/items/" + campus).then().statusCode(200);
        given().header("Authorization", "Bearer " + Callers.campusUser("20220001")).when().get("/api/v1/items/" + draft).then().statusCode(404);
        given().header("Authorization", "Bearer " + Tokens.editor("FINANCE")).when().get("/api/v1/items/" + draft).then().statusCode(200);
    }

    @Test
    void unchangedItemAnswers304() {
        String id = Fixtures.published(item(unique("缓存"), "HR"));
        given().header("If-None-Match", "\"2\"").when().get("/api/v1/items/" + id)
                .then().statusCode(304).header("ETag", "\"2\"");
        given().header("If-None-Match", "\"1\"").when().get("/api/v1/items/" + id).then().statusCode(200);
    }

    @Test
    void editorsWriteOnlyTheirOwnUnit() {
        String finance = Tokens.editor("FINANCE");
        String id = given().header("Authorization", "Bearer " + finance).contentType("application/json").body(item(unique("预算"), "FINANCE"))
                .when().post("/api/v1/items").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + finance).contentType("application/json").body(item(unique("招生"), "ADMISSIONS"))
                .when().post("/api/v1/items").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.editor("HR")).contentType("application/json").body("{}")
                .when().post("/api/v1/items/" + id + "/publish").then().statusCode(403);
        // moving the item to another unit is not allowed either
        given().header("Authorization", "Bearer " + finance).contentType("application/json").body(item("预算", "HR"))
                .when().put("/api/v1/items/" + id).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.auditor()).contentType("application/json").body(item("预算", "FINANCE"))
                .when().post("/api/v1/items").then().statusCode(403);
        given().contentType("application/json").body(item("预算", "FINANCE"))
                .when().post("/api/v1/items").then().statusCode(401);
        given().when().get("/api/v1/items/" + id + "/history").then().statusCode(401);
    }

    @Test
    void htmlBodyIsSanitisedAndTextFieldsAreStoredAsText() {
        String title = "<script>alert(1)</script>'; DROP TABLE item; -- " + unique("x");
        String id = Fixtures.published(with(item(title, "HR"),
                "summary", "<b>粗体</b> ' OR 1=1 --",
                "body", "<p onclick=\"steal()\">正文<script>alert('x')</script><a href=\"javascript:alert(1)\">链接</a>"
                        + "<a href=\"https://example.edu.cn\">官网</a></p>"));
        given().when().get("/api/v1/items/" + id)
                .then().statusCode(200)
                .body("title", is(title))
                .body("summary", is("<b>粗体</b> ' OR 1=1 --"))
                .body("body", not(containsString("script")))
                .body("body", not(containsString("onclick")))
                .body("body", not(containsString("javascript")))
                .body("body", containsString("https://example.edu.cn"))
                .body("body", containsString("正文"));
        given().when().get("/api/v1/items/feed.atom").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() {
        String bad = unique("坏输入");
        String[] bodies = {
            "{\"title\": ",                                                       // malformed JSON
            "{\"title\": 42, \"unit\": [\"HR\"]}",                                // wrong types
            "{\"title\": \"" + bad + "\", \"unit\": \"HR\", \"audience\": \"EVERYONE\"}", // unknown enum
            "{\"unit\": \"HR\"}",                                                 // missing title
            "{\"title\": \"" + "长".repeat(10_000) + "\", \"unit\": \"HR\"}",      // 10,000 characters
            "{\"title\": \"" + bad + "\", \"unit\": \"NO_SUCH_UNIT\"}",          // unknown unit
            "{\"title\": \"" + bad + "\", \"unit\": \"HR\", \"checklistItem\": \"99\"}", // unknown checklist item
            "{\"title\": \"" + bad + "\", \"unit\": \"HR\", \"checklistItem\": \"7\", \"category\": 5}", // wrong category
            "{\"title\": \"" + bad + "\", \"unit\": \"HR\", \"postings\": [{\"channel\": \"FAX\"}]}",  // unknown channel
            "{\"title\": \"" + bad + "\", \"unit\": \"HR\", \"postings\": [{\"channel\": \"PORTAL\", \"url\": \"javascript:alert(1)\"}]}",
            "{\"title\": \"" + bad + "\", \"unit\": \"HR\", \"publishedAt\": \"yesterday\"}",
            "{\"title\": \"" + bad + "\", \"unit\": \"HR\", \"status\": \"PUBLISHED\"}",
            "[1, 2, 3]",
        };
        for (String body : bodies) {
            given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body(body)
                    .when().post("/api/v1/items")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", is(400))
                    .body("detail", not(containsString("Exception")))
                    .body("detail", not(containsString("io.gongkai")));
        }
        given().header("Authorization", "Bearer " + ADMIN).queryParam("q", bad).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void twentyMegabytesIs413() throws Exception {
        // the server answers 413 as soon as it sees the length, so the client must not insist on sending it all
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/items HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (20 * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try {
                for (int i = 0; i < 16; i++) {
                    out.write(chunk);
                }
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may close the connection after answering
            }
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            org.junit.jupiter.api.Assertions.assertTrue(status != null && status.startsWith("HTTP/1.1 413"), status);
        }
    }

    @Test
    void unknownOrMalformedIdIs404() {
        given().when().get("/api/v1/items/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/items/not-a-uuid").then().statusCode(404);
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body(item("x", "HR"))
                .when().put("/api/v1/items/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void responsesNeverCarryInternals() {
        String id = Fixtures.published(item(unique("字段"), "HR"));
        given().when().get("/api/v1/items/" + id).then().statusCode(200)
                .body("contentHash", nullValue())
                .body("id", is(id))
                .body("createdAt", notNullValue());
    }
}
