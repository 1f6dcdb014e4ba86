package io.gongkai.gateway.login;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/auth/refresh: a new token of the same session, once per token, never past the session's maximum. */
@QuarkusTest
class TokenRefreshTest {

    private static final String PASSWORD = "correct horse battery";

    private static String newAccount() {
        String username = "handler-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"handler\"}")
                .when().post("/api/v1/admin/accounts").then().statusCode(201);
        return username;
    }

    private static String login(String username) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .when().post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    private static Response refresh(String token) {
        return given().auth().oauth2(token).when().post("/api/v1/auth/refresh").andReturn();
    }

    private static void refused(Response r, String why) {
        assertEquals(401, r.statusCode(), why + ": " + r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), why + ": " + r.contentType());
    }

    private static JsonPath claims(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** A token as the gateway signs it, of the account's subject and epoch, with the session start and expiry given. */
    private static String signed(String like, long sessionStart, long issuedAt, long expiresAt) throws Exception {
        JsonPath c = claims(like);
        return Jwt.issuer(Tokens.ISSUER).subject(c.getString("sub")).upn(c.getString("upn")).groups(Set.of("handler"))
                .audience(Tokens.audienceUnderTest().orElseThrow()).issuedAt(issuedAt).expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString()).claim("epoch", c.getInt("epoch"))
                .claim("session_start", sessionStart).sign(KeyUtils.readPrivateKey("jwt/privateKey.pem"));
    }

    @Test
    void aTokenIsExchangedForANewOneOfTheSameSessionThatWorks() {
        String first = login(newAccount());
        Response r = refresh(first);
        assertEquals(200, r.statusCode(), r.asString());
        String second = r.path("accessToken");
        assertEquals("Bearer", r.path("tokenType"));
        assertTrue(r.<Integer>path("expiresIn") > 3500);
        assertNotEquals(first, second);
        assertEquals(claims(first).getLong("session_start"), claims(second).getLong("session_start"), "the session's start is kept");
        assertEquals(claims(first).getString("sub"), claims(second).getString("sub"));
        given().auth().oauth2(second).when().get("/api/v1/requests").then().statusCode(200);
        // and the new one is refreshed in turn
        assertEquals(200, refresh(second).statusCode());
    }

    @Test
    void aRefreshedTokenCannotBeRefreshedTwice() {
        String first = login(newAccount());
        assertEquals(200, refresh(first).statusCode());
        refused(refresh(first), "the second refresh of one token");
    }

    @Test
    void aDisabledAccountOrAChangedPasswordIsRefused() {
        String username = newAccount();
        String token = login(username);
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/accounts/" + username + "/disable").then().statusCode(200);
        refused(refresh(token), "disabled");
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/accounts/" + username + "/enable").then().statusCode(200);
        String again = login(username);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"password\":\"another long password\"}")
                .when().post("/api/v1/admin/accounts/" + username + "/password").then().statusCode(200);
        refused(refresh(again), "password changed");
    }

    @Test
    void aSessionPastItsMaximumIsNotRefreshed() throws Exception {
        String real = login(newAccount());
        long now = System.currentTimeMillis() / 1000;
        // signed in 12 h and a minute ago, the token itself still valid
        refused(refresh(signed(real, now - 12 * 3600 - 60, now - 60, now + 600)), "past the session maximum");
        // within the maximum the same kind of token is refreshed, and the new one ends with the session
        Response r = refresh(signed(real, now - 12 * 3600 + 600, now - 60, now + 600));
        assertEquals(200, r.statusCode(), r.asString());
        assertTrue(r.<Integer>path("expiresIn") <= 600, "never beyond the session's end: " + r.asString());
        assertTrue(claims(r.path("accessToken")).getLong("exp") <= now - 12 * 3600 + 600 + 12 * 3600 + 1);
    }

    @Test
    void anExpiredForgedOrMissingTokenIsRefused() throws Exception {
        String real = login(newAccount());
        long now = System.currentTimeMillis() / 1000;
        refused(refresh(signed(real, now - 4000, now - 4000, now - 400)), "expired");
        refused(refresh(Tokens.signedByStranger("handler")), "forged");
        refused(refresh(Tokens.unsigned("handler")), "unsigned");
        Response none = given().when().post("/api/v1/auth/refresh").andReturn();
        refused(none, "no token");
    }

    @Test
    void aTokenThatIsNoLocalAccountsIsForbidden() {
        Response r = refresh(Tokens.handler());
        assertEquals(403, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"));
    }
}
