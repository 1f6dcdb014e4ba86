package io.gongkai.disclosure.item;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.posting;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A posting or attachment URL is an http(s) URL or a path of this site: a protocol-relative or script URL is a 400. */
@QuarkusTest
class PostingUrlTest {

    private static final String ADMIN = Tokens.admin();

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/phish", "/\\evil.example/phish", "javascript:alert(1)", "data:text/html,x", "https:///x"})
    void badLinksAreRefused(String url) {
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(with(item(unique("链接"), "HR"), "postings", List.of(posting("PORTAL", url))))
                .when().post("/api/v1/items").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("violations[0].field", containsString("url"));
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(with(item(unique("附件"), "ADMISSIONS"), "attachments", List.of(Map.of("name", "a.pdf", "url", url))))
                .when().put("/api/v1/sources/admissions/items/url-" + UUID.randomUUID()).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("violations[0].field", containsString("url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.edu.cn/xxgk/a.htm", "/xxgk/2022/通知.htm"})
    void goodLinksAreKept(String url) {
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(with(item(unique("链接"), "HR"), "postings", List.of(posting("PORTAL", url)),
                        "attachments", List.of(Map.of("name", "a.pdf", "url", url))))
                .when().post("/api/v1/items").then().statusCode(201)
                .body("postings[0].url", is(url)).body("attachments[0].url", is(url));
    }
}
