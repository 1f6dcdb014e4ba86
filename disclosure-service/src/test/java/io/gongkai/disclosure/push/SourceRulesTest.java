package io.gongkai.disclosure.push;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A source system's key pushes for the units tied to its source only, and back-dates only when an admin allowed it. */
@QuarkusTest
class SourceRulesTest {

    private static final String ADMIN = Tokens.admin();

    /** A new source tied to HR only; returns its code. */
    private static String source(boolean backfill) {
        String code = "src-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("code", code, "name", "测试系统", "units", List.of("HR"), "backfillAllowed", backfill))
                .when().post("/api/v1/sources").then().statusCode(201)
                .body("units", is(List.of("HR"))).body("backfillAllowed", is(backfill));
        return code;
    }

    private static io.restassured.response.ValidatableResponse push(String source, String externalId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.sourceSystem(source, "items:write")).contentType("application/json").body(body)
                .when().put("/api/v1/sources/" + source + "/items/" + externalId).then();
    }

    private static String daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(days).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    @Test
    void aKeyPushesForItsSourcesUnitsOnly() {
        String source = source(false);
        push(source, "own-1", item(unique("本单位"), "HR")).statusCode(201);
        push(source, "other-1", item(unique("他单位"), "FINANCE")).statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("unit FINANCE"));
    }

    @Test
    void aBatchWithARecordOfAnotherUnitIsRefusedAndWritesNothing() {
        String source = source(false);
        Map<String, Object> ownItem = item(unique("批量本单位"), "HR");
        Map<String, Object> own = with(ownItem, "externalId", "b-1");
        Map<String, Object> other = with(item(unique("批量他单位"), "FINANCE"), "externalId", "b-2");
        given().auth().oauth2(Tokens.sourceSystem(source, "items:write")).contentType("application/json")
                .body(Map.of("records", List.of(own, other)))
                .when().post("/api/v1/sources/" + source + "/items:batch").then().statusCode(403)
                .contentType(containsString("application/problem+json")).body("detail", containsString("records[1]"));
        // the record of its own unit was not written either
        push(source, "b-1", ownItem).statusCode(201);
    }

    @Test
    void anOldPublishedAtIsRefusedUntilAnAdminAllowsBackfilling() {
        String source = source(false);
        Map<String, Object> old = with(item(unique("旧文"), "HR"), "publishedAt", daysAgo(45));
        push(source, "old-1", old).statusCode(403).contentType(containsString("application/problem+json"))
                .body("detail", containsString("30 days"));
        push(source, "recent-1", with(item(unique("近文"), "HR"), "publishedAt", daysAgo(10))).statusCode(201);

        given().auth().oauth2(ADMIN).when().get("/api/v1/sources/" + source).then().statusCode(200)
                .body("backfillChangedBy", nullValue());
        String etag = given().auth().oauth2(ADMIN).when().get("/api/v1/sources/" + source).then().extract().header("ETag");
        given().auth().oauth2(ADMIN).header("If-Match", etag).contentType("application/json")
                .body(Map.of("code", source, "name", "测试系统", "backfillAllowed", true))
                .when().put("/api/v1/sources/" + source).then().statusCode(200)
                .body("backfillAllowed", is(true)).body("backfillChangedBy", is("admin-1"))
                .body("backfillChangedAt", notNullValue())
                .body("units", is(List.of("HR"))); // left out of the change: kept
        push(source, "old-1", old).statusCode(201);

        // back-filling ended: a correction of the old item keeps its recorded date and passes, a new old date does not
        etag = given().auth().oauth2(ADMIN).when().get("/api/v1/sources/" + source).then().extract().header("ETag");
        given().auth().oauth2(ADMIN).header("If-Match", etag).contentType("application/json")
                .body(Map.of("code", source, "name", "测试系统", "backfillAllowed", false))
                .when().put("/api/v1/sources/" + source).then().statusCode(200).body("backfillAllowed", is(false));
        push(source, "old-1", with(old, "summary", "更正")).statusCode(200);
        push(source, "old-2", with(item(unique("旧文二"), "HR"), "publishedAt", daysAgo(60))).statusCode(403);
    }

    @Test
    void anAdminPushingAsTheSourceIsNotHeldToIt() {
        String source = source(false);
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(with(item(unique("管理员补录"), "FINANCE"), "publishedAt", daysAgo(400)))
                .when().put("/api/v1/sources/" + source + "/items/adm-1").then().statusCode(201);
    }

    @Test
    void anUnknownUnitInTheSourceRecordIsA400() {
        Map<String, Object> body = new HashMap<>(Map.of("code", "src-" + UUID.randomUUID().toString().substring(0, 8), "name", "x"));
        body.put("units", List.of("HR", "NO_SUCH_UNIT"));
        given().auth().oauth2(ADMIN).contentType("application/json").body(body)
                .when().post("/api/v1/sources").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("violations[0].field", is("units[1]"));
        body.put("units", "HR");
        given().auth().oauth2(ADMIN).contentType("application/json").body(body)
                .when().post("/api/v1/sources").then().statusCode(400).contentType(containsString("application/problem+json"));
        given().auth().oauth2(Tokens.editor("HR")).contentType("application/json").body(Map.of("code", "x-1", "name", "x"))
                .when().post("/api/v1/sources").then().statusCode(403);
    }
}
