package io.gongkai.disclosure.item;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Links in the (publicly cached) Atom feed and in Location headers come from gongkai.public-url (in tests
 * https://xxgk.example.edu.cn), never from the caller's Host or X-Forwarded-Host.
 */
@QuarkusTest
class PublicLinksTest {

    private static final String PUBLIC = "https://xxgk.example.edu.cn/";
    private static final String ADMIN = Tokens.admin();

    @Test
    void theFeedNeverLinksToTheCallersHost() {
        Fixtures.published(with(item(unique("链接"), "HR"), "publishedAt", "2099-01-04T09:00:00+08:00"));
        given().header("Host", "evil.example").header("X-Forwarded-Host", "evil2.example").header("X-Forwarded-Proto", "http")
                .when().get("/api/v1/items/feed.atom").then().statusCode(200)
                .body(not(containsString("evil.example")))
                .body(not(containsString("evil2.example")))
                .body(containsString("<id>" + PUBLIC + "api/v1/items/feed.atom</id>"))
                .body(containsString("href=\"" + PUBLIC + "api/v1/items/"));
    }

    @Test
    void locationHeadersNeverUseTheCallersHost() {
        given().auth().oauth2(ADMIN).header("Host", "evil.example").header("X-Forwarded-Host", "evil2.example")
                .contentType("application/json").body(item(unique("新建"), "HR"))
                .when().post("/api/v1/items").then().statusCode(201)
                .header("Location", startsWith(PUBLIC + "api/v1/items/"));
        given().auth().oauth2(ADMIN).header("Host", "evil.example").header("X-Forwarded-Host", "evil2.example")
                .contentType("application/json").body(item(unique("推送"), "ADMISSIONS"))
                .when().put("/api/v1/sources/admissions/items/link-" + UUID.randomUUID()).then().statusCode(201)
                .header("Location", startsWith(PUBLIC + "api/v1/items/"));
        String unit = "LINK_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        given().auth().oauth2(ADMIN).header("Host", "evil.example")
                .contentType("application/json").body(Map.of("code", unit, "name", "链接测试单位"))
                .when().post("/api/v1/units").then().statusCode(201)
                .header("Location", startsWith(PUBLIC + "api/v1/units/" + unit));
    }
}
