package io.gongkai.disclosure.security;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.disclosure.item.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Keys see only public items unless granted items:read-campus; campus sign-on users see campus items, staff all. */
@QuarkusTest
class VisibilityTest {

    private static void sees(String token, String id) {
        given().auth().oauth2(token).when().get("/api/v1/items/" + id).then().statusCode(200);
    }

    private static void doesNotSee(String token, String id) {
        given().auth().oauth2(token).when().get("/api/v1/items/" + id).then().statusCode(404);
    }

    @Test
    void aReadOnlyKeySeesOnlyPublicItems() {
        String m = unique("外部只读");
        String open = Fixtures.published(item(m + " 公开", "HR"));
        String campus = Fixtures.published(with(item(m + " 校内", "HR"), "audience", "CAMPUS"));
        String vendor = Callers.apiKey("7d0c2b7e-vendor", "read");
        sees(vendor, open);
        doesNotSee(vendor, campus);
        given().auth().oauth2(vendor).queryParam("q", m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1)).body("items.id", hasItem(open));
        given().auth().oauth2(vendor).queryParam("q", m).queryParam("audience", "CAMPUS").when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aSourceSystemsWriteKeySeesOnlyPublicItemsToo() {
        String campus = Fixtures.published(with(item(unique("校内"), "HR"), "audience", "CAMPUS"));
        doesNotSee(Callers.sourceKey("portal-cms", "items:write"), campus);
    }

    @Test
    void aKeyGrantedCampusSeesCampusItemsButNoDrafts() {
        String m = unique("校内授权");
        Fixtures.published(item(m + " 公开", "HR"));
        String campus = Fixtures.published(with(item(m + " 校内", "HR"), "audience", "CAMPUS"));
        String draft = Fixtures.draft(item(m + " 草稿", "HR"));
        String portal = Callers.apiKey("1f9a-portal", "read", Caller.READ_CAMPUS);
        sees(portal, campus);
        doesNotSee(portal, draft);
        given().auth().oauth2(portal).queryParam("q", m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void aCampusSignOnUserSeesCampusItemsAndStaffSeeEverything() {
        String m = unique("校内用户");
        String campus = Fixtures.published(with(item(m + " 校内", "HR"), "audience", "CAMPUS"));
        String draft = Fixtures.draft(item(m + " 草稿", "HR"));
        String student = Callers.campusUser("20220001");
        sees(student, campus);
        doesNotSee(student, draft);
        // the scope's name in groups does not make a person staff, nor less than a campus user
        sees(Tokens.forSubject("20220002", java.util.Map.of(), Caller.READ_CAMPUS), campus);
        sees(Tokens.auditor(), draft);
        given().auth().oauth2(student).queryParam("q", m).when().get("/api/v1/items")
                .then().statusCode(200).body("items", hasSize(1)).body("items.id", not(hasItem(draft)));
    }

    @Test
    void theAnonymousPublicSeesOnlyPublicItems() {
        String campus = Fixtures.published(with(item(unique("校内"), "HR"), "audience", "CAMPUS"));
        given().when().get("/api/v1/items/" + campus).then().statusCode(404);
    }
}
