package io.gongkai.disclosure.push;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.disclosure.item.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One push rule: PUT is the whole record (status included), PATCH a JSON merge patch of it. */
@QuarkusTest
class PushRuleTest {

    @BeforeEach
    void sourcesLoadTheirHistory() {
        // the records below are of 2022: back-filling allowed (SourceRulesTest checks the rule itself)
        Fixtures.allowBackfill("admissions");
        Fixtures.allowBackfill("finance");
    }


    private static final String ADMISSIONS = Tokens.sourceSystem("admissions", "items:write");
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** A record with every field given. */
    private static Map<String, Object> full(String title) {
        return with(item(title, "ADMISSIONS"), "summary", "摘要", "body", "<p>正文</p>", "checklistItem", "9",
                "audience", "CAMPUS", "publishedAt", "2022-07-15T18:30:00+08:00", "producedAt", "2022-07-10",
                "postings", List.of(Fixtures.posting("PORTAL", "https://zsb.example.edu.cn/lq.htm")),
                "attachments", List.of(Map.of("name", "名单.pdf", "url", "https://zsb.example.edu.cn/a.pdf", "size", 10,
                        "type", "application/pdf")),
                "status", "PUBLISHED");
    }

    private static ValidatableResponse put(String externalId, Object body) {
        return given().auth().oauth2(ADMISSIONS).contentType("application/json").body(body)
                .when().put("/api/v1/sources/admissions/items/" + externalId).then();
    }

    private static ValidatableResponse patch(String externalId, String body) {
        return given().auth().oauth2(ADMISSIONS).contentType(MERGE_PATCH).body(body)
                .when().patch("/api/v1/sources/admissions/items/" + externalId).then();
    }

    private static void assertFull(ValidatableResponse answer) {
        answer.body("item.summary", is("摘要")).body("item.body", is("<p>正文</p>")).body("item.checklistItem", is("9"))
                .body("item.category", is(2)).body("item.audience", is("CAMPUS")).body("item.producedAt", is("2022-07-10"))
                .body("item.postings", hasSize(1)).body("item.attachments", hasSize(1)).body("item.status", is("PUBLISHED"))
                .body("item.publishedAt", is("2022-07-15T18:30:00+08:00"));
    }

    @Test
    void aPutLeavingFieldsOutClearsThemPostingsIncludedOrGivesTheirDefaults() {
        String externalId = unique("whole");
        String title = unique("录取名单");
        put(externalId, with(full(title), "status", "DRAFT")).statusCode(201).body("item.status", is("DRAFT"));
        put(externalId, full(title)).statusCode(200).body("result", is("updated"));
        put(externalId, item(title, "ADMISSIONS")).statusCode(200).body("result", is("updated"))
                .body("item.summary", nullValue()).body("item.body", nullValue()).body("item.checklistItem", nullValue())
                .body("item.category", nullValue()).body("item.audience", is("PUBLIC")).body("item.producedAt", nullValue())
                .body("item.postings", empty()).body("item.attachments", empty())
                .body("item.status", is("PUBLISHED")).body("item.withdrawReason", nullValue())
                // the business time of publication stays what was recorded
                .body("item.publishedAt", is("2022-07-15T18:30:00+08:00"));
    }

    @Test
    void aBatchRecordIsTheWholeRecordToo() {
        String externalId = unique("batch");
        String title = unique("批量章程");
        put(externalId, full(title)).statusCode(201);
        given().auth().oauth2(ADMISSIONS).contentType("application/json; charset=UTF-8")
                .body(Map.of("records", List.of(with(item(title, "ADMISSIONS"), "externalId", externalId))))
                .when().post("/api/v1/sources/admissions/items:batch")
                .then().statusCode(200).body("updated", is(1));
        put(externalId, item(title, "ADMISSIONS")).statusCode(200).body("result", is("unchanged"))
                .body("item.postings", empty()).body("item.summary", nullValue()).body("item.audience", is("PUBLIC"));
    }

    @Test
    void aPutStatesTheStatusAndLeavingItOutPublishes() {
        String externalId = unique("state");
        String title = unique("通知");
        put(externalId, with(full(title), "status", "WITHDRAWN", "withdrawReason", "有误")).statusCode(201)
                .body("item.status", is("WITHDRAWN")).body("item.withdrawReason", is("有误"));
        Map<String, Object> noStatus = full(title);
        noStatus.remove("status");
        put(externalId, noStatus).statusCode(200)
                .body("item.status", is("PUBLISHED")).body("item.withdrawReason", nullValue());
    }

    @Test
    void aPatchKeepsWhatItLeavesOutAndChangesWhatItGives() {
        String externalId = unique("patch");
        put(externalId, full(unique("章程"))).statusCode(201);
        ValidatableResponse patched = patch(externalId, "{\"title\":\"章程（修订）\"}").statusCode(200)
                .body("result", is("updated")).body("version", is(2)).body("item.title", is("章程（修订）"));
        assertFull(patched);
    }

    @Test
    void aPatchWithNullRemovesEachOptionalField() {
        String externalId = unique("nulls");
        put(externalId, full(unique("章程"))).statusCode(201);
        patch(externalId, "{\"summary\":null,\"body\":null,\"checklistItem\":null,\"audience\":null,\"producedAt\":null,"
                + "\"postings\":null,\"attachments\":null,\"status\":null,\"publishedAt\":null}").statusCode(200)
                .body("result", is("updated"))
                .body("item.summary", nullValue()).body("item.body", nullValue()).body("item.checklistItem", nullValue())
                // category is a field of its own (checklistItem only derived it): it stays until removed
                .body("item.category", is(2)).body("item.audience", is("PUBLIC")).body("item.producedAt", nullValue())
                .body("item.postings", empty()).body("item.attachments", empty()).body("item.status", is("PUBLISHED"))
                .body("item.publishedAt", is("2022-07-15T18:30:00+08:00"));
        patch(externalId, "{\"category\":null}").statusCode(200).body("item.category", nullValue());
    }

    @Test
    void aPatchIsValidatedLikeAPut() {
        String externalId = unique("invalid");
        put(externalId, full(unique("章程"))).statusCode(201);
        patch(externalId, "{\"title\":null}").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("title"));
        patch(externalId, "{\"unit\":\"NO_SUCH_UNIT\"}").statusCode(400).body("violations.field", hasItem("unit"));
        patch(externalId, "{\"audience\":\"EVERYONE\"}").statusCode(400).body("violations.field", hasItem("audience"));
        patch(externalId, "{\"status\":\"WITHDRAWN\"}").statusCode(400).body("violations.field", hasItem("withdrawReason"));
        put(externalId, full(unique("x"))).statusCode(200).body("version", is(2));
    }

    @Test
    void aSourceWithdrawsWithAPatchAndPublishesAgain() {
        String externalId = unique("wd");
        String id = put(externalId, full(unique("拟录取名单"))).statusCode(201).extract().path("id");
        patch(externalId, "{\"status\":\"WITHDRAWN\",\"withdrawReason\":\"名单有误\"}").statusCode(200)
                .body("item.status", is("WITHDRAWN")).body("item.withdrawReason", is("名单有误"));
        given().when().get("/api/v1/items/" + id).then().statusCode(404);
        assertEquals(2, PushResourceTest.eventsFor(id)); // published, withdrawn
    }

    @Test
    void aPatchThatChangesNothingIsUnchangedWithoutVersionOrEvent() {
        String externalId = unique("same");
        Map<String, Object> record = with(full(unique("章程")), "audience", "PUBLIC");
        String id = put(externalId, record).statusCode(201).extract().path("id");
        assertEquals(1, PushResourceTest.eventsFor(id));
        patch(externalId, "{}").statusCode(200).body("result", is("unchanged")).body("version", is(1)).header("ETag", is("\"1\""));
        patch(externalId, "{\"summary\":\"摘要\",\"checklistItem\":\"9\"}").statusCode(200).body("result", is("unchanged"))
                .body("version", is(1));
        assertEquals(1, PushResourceTest.eventsFor(id));
        patch(externalId, "{\"summary\":\"更正\"}").statusCode(200).body("result", is("updated")).body("version", is(2));
        assertEquals(2, PushResourceTest.eventsFor(id)); // + changed
        put(externalId, with(record, "summary", "更正")).statusCode(200).body("result", is("unchanged"));
        assertEquals(2, PushResourceTest.eventsFor(id));
    }

    @Test
    void aPatchOfAnUnknownItemIs404() {
        patch(unique("nobody"), "{\"summary\":\"x\"}").statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aPatchNeedsTheMergePatchMediaType() {
        String externalId = unique("media");
        put(externalId, full(unique("章程"))).statusCode(201);
        given().auth().oauth2(ADMISSIONS).contentType("text/plain").body("{\"summary\":\"x\"}")
                .when().patch("/api/v1/sources/admissions/items/" + externalId)
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aMalformedPatchIs400() {
        String externalId = unique("bad");
        put(externalId, full(unique("章程"))).statusCode(201);
        patch(externalId, "{\"summary\":").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", org.hamcrest.Matchers.endsWith("malformed-json"));
        patch(externalId, "[1,2]").statusCode(400).contentType(startsWith("application/problem+json"));
        patch(externalId, "{\"postings\":\"PORTAL\"}").statusCode(400).body("violations.field", hasItem("postings"));
    }

    @Test
    void aPatchIsRefusedToAnotherSourcesKey() {
        String externalId = unique("other");
        put(externalId, full(unique("章程"))).statusCode(201);
        given().auth().oauth2(Tokens.sourceSystem("finance", "items:write")).contentType(MERGE_PATCH).body("{\"summary\":\"x\"}")
                .when().patch("/api/v1/sources/admissions/items/" + externalId).then().statusCode(403);
    }
}
