package io.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form tokens: signed with this deployment's key, their cookie SameSite=Strict. */
@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class CsrfTest {

    @BeforeEach
    void clear() {
        FakeApi.RECEIVED.clear();
    }

    @Test
    void theCookieHoldsASignatureNotTheTokenItself() {
        Forms forms = Forms.open("/evaluate");
        String field = forms.page.selectFirst("input[name=csrf-token]").val();
        assertNotEquals(field, forms.cookie, "a signed cookie differs from the token in the form");
        Response ok = forms.post("/evaluate", Map.of("rating", "4"));
        assertEquals(200, ok.statusCode(), "the genuine pair is accepted");
    }

    @Test
    void aForgedCookieAndFieldPairIsRefusedBeforeTheApiIsAsked() {
        // a cookie planted by someone who also writes the form: equal values, as an unsigned double-submit accepts
        String forged = "Zm9yZ2VkLXRva2VuLTEyMw";
        int status = given().cookie("csrf-token", forged).formParam("csrf-token", forged).formParam("rating", "5")
                .when().post("/evaluate").statusCode();
        assertTrue(status == 400 || status == 403, "status " + status);
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(r -> r.method().equals("POST")), "nothing reached the API");
    }

    @Test
    void theCookieIsSameSiteStrictAndHttpOnly() {
        String cookie = given().when().get("/ask").then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), cookie);
        // Secure comes with GONGKAI_WEB_SECURE_COOKIE=true (behind HTTPS); these tests speak plain HTTP
        assertFalse(cookie.contains("Secure"), cookie);
    }
}
