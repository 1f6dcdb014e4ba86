package io.gongkai.gateway.login;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.gateway.testing.Keys;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffAndTokenTest {

    @BeforeEach
    void clear() {
        Upstreams.clear();
    }

    private static String newAccount(String role, String unit) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"correct horse battery\",\"role\":\"" + role + "\""
                        + (unit != null ? ",\"unit\":\"" + unit + "\"" : "") + "}")
                .when().post("/api/v1/admin/accounts")
                .then().statusCode(201)
                .body("role", is(role))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        return username;
    }

    private static String login(String username, String password) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(3600))
                .extract().path("accessToken");
    }

    @Test
    void aStaffLoginGivesATokenThatServicesAccept() {
        String username = newAccount("editor", "教务处");
        String token = login(username, "correct horse battery");
        String forwarded = given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post("/api/v1/items")
                .then().statusCode(200).extract().path("authorization");
        assertTrue(!forwarded.equals("Bearer " + token), "the login token itself must not reach a service");
        JsonWebToken jwt = Keys.verifiedForwardedToken(forwarded, "disclosure-service");
        assertEquals(Set.of("editor"), jwt.getGroups());
        assertEquals("教务处", jwt.getClaim("unit").toString().replace("\"", ""));
        assertEquals(username, jwt.getName());
        // and the gateway's own admin endpoints take it too (an editor is not allowed there)
        given().auth().oauth2(token).when().get("/api/v1/admin/api-keys").then().statusCode(403);
    }

    @Test
    void anAdminLoginManagesKeys() {
        String token = login(newAccount("admin", null), "correct horse battery");
        given().auth().oauth2(token).when().get("/api/v1/admin/accounts")
                .then().statusCode(200).body("items.role", hasItem("admin"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserLookTheSame() {
        String username = newAccount("handler", null);
        String wrong = given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"wrong password!!\"}")
                .when().post("/api/v1/auth/token")
                .then().statusCode(401).contentType("application/problem+json").extract().path("detail");
        String unknown = given().contentType("application/json")
                .body("{\"username\":\"nobody-" + UUID.randomUUID() + "\",\"password\":\"wrong password!!\"}")
                .when().post("/api/v1/auth/token")
                .then().statusCode(401).extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        String username = newAccount("auditor", null);
        for (int i = 0; i < 5; i++) {
            given().contentType("application/json")
                    .body("{\"username\":\"" + username + "\",\"password\":\"guess number " + i + "\"}")
                    .when().post("/api/v1/auth/token").then().statusCode(401);
        }
        // even the right password waits now
        given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"correct horse battery\"}")
                .when().post("/api/v1/auth/token")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void weakAccountsAreRefused() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"username\":\"shorty\",\"password\":\"short\",\"role\":\"admin\"}")
                .when().post("/api/v1/admin/accounts")
                .then().statusCode(400).body("violations.field", hasItem("password"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"username\":\"unitless\",\"password\":\"correct horse battery\",\"role\":\"editor\"}")
                .when().post("/api/v1/admin/accounts")
                .then().statusCode(400).body("violations.field", hasItem("unit"));
    }

    @Test
    void badBearerTokensAreRefusedBeforeAnyService() {
        for (String token : new String[] {Tokens.expired("admin"), Tokens.signedByStranger("admin"),
                Tokens.unsigned("admin"), Tokens.wrongIssuer("admin"), "not-a-jwt", "a.b.c"}) {
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .when().post("/api/v1/items")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("detail", containsString("not valid"));
            given().auth().oauth2(token).when().get("/api/v1/items").then().statusCode(401);
        }
        assertTrue(Upstreams.seen().isEmpty());
    }

    private static String campusToken(java.security.PrivateKey key, String issuer, String subject, String... groups) {
        return io.smallrye.jwt.build.Jwt.issuer(issuer).subject(subject).groups(Set.of(groups)).claim("unit", "信息中心")
                .expiresIn(300).jws().keyId("campus-sso-test").sign(key);
    }

    @Test
    void aCampusSsoTokenIsCheckedAgainstTheJwksAndReissuedByTheGateway() throws Exception {
        java.security.PrivateKey campusKey = io.smallrye.jwt.util.KeyUtils.readPrivateKey("idp/privateKey.pem");
        String sso = campusToken(campusKey, Upstreams.IDP_ISSUER, "u20240001", "handler");
        String forwarded = given().auth().oauth2(sso).when().get("/api/v1/requests")
                .then().statusCode(200).extract().path("authorization");
        assertTrue(!forwarded.equals("Bearer " + sso), "the campus token itself must not reach a service");
        JsonWebToken jwt = Keys.verifiedForwardedToken(forwarded);
        assertEquals("u20240001", jwt.getSubject());
        assertEquals(Set.of("handler"), jwt.getGroups());
        assertEquals("信息中心", jwt.getClaim("unit").toString().replace("\"", ""));
        // only tokens minted for API keys carry key_id: a person is never taken for a key
        assertEquals(null, (Object) jwt.getClaim("key_id"));
        given().when().get("/api/v1/auth").then().statusCode(200).body("ssoIssuer", is(Upstreams.IDP_ISSUER));
        // the provider's issuer with another key, or the provider's key with another issuer: refused
        Upstreams.clear();
        String forged = campusToken((java.security.PrivateKey) java.security.KeyPairGenerator.getInstance("RSA")
                .generateKeyPair().getPrivate(), Upstreams.IDP_ISSUER, "u1", "admin");
        given().auth().oauth2(forged).when().get("/api/v1/requests").then().statusCode(401);
        given().auth().oauth2(campusToken(campusKey, "https://elsewhere.example", "u1", "admin"))
                .when().get("/api/v1/requests").then().statusCode(401);
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void aLoginTokenIsForTheGatewayAndEachServiceGetsATokenOfItsOwn() {
        String token = login(newAccount("handler", null), "correct horse battery");
        assertEquals(Set.of("gongkai-gateway"), Keys.verifiedForwardedToken("Bearer " + token).getAudience());
        String toInquiry = given().auth().oauth2(token).when().get("/api/v1/requests")
                .then().statusCode(200).extract().path("authorization");
        String toStats = given().auth().oauth2(token).when().get("/api/v1/stats/summary")
                .then().statusCode(200).extract().path("authorization");
        JsonWebToken inquiry = Keys.verifiedForwardedToken(toInquiry, "inquiry-service");
        Keys.verifiedForwardedToken(toStats, "stats-service");
        assertTrue(inquiry.getExpirationTime() - inquiry.getIssuedAtTime() <= 300, "a forwarded token lives minutes");
        // minted once per caller and service, then reused
        assertEquals(toInquiry, given().auth().oauth2(token).when().get("/api/v1/requests")
                .then().statusCode(200).extract().path("authorization"));
    }

    @Test
    void aDisabledAccountStopsAtOnceAndAnEnabledOneLogsInAgain() {
        String username = newAccount("editor", "教务处");
        String token = login(username, "correct horse battery");
        given().auth().oauth2(token).when().get("/api/v1/items").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/accounts/" + username + "/disable")
                .then().statusCode(200).body("disabled", is(true));
        Upstreams.clear();
        given().auth().oauth2(token).when().get("/api/v1/items")
                .then().statusCode(401).contentType("application/problem+json").body("detail", containsString("disabled"));
        given().auth().oauth2(token).when().get("/api/v1/admin/accounts").then().statusCode(401);
        assertTrue(Upstreams.seen().isEmpty());
        given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"correct horse battery\"}")
                .when().post("/api/v1/auth/token").then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/accounts/" + username + "/enable")
                .then().statusCode(200).body("disabled", is(false));
        // the old token stays refused (TokenEpochTest); a new login works
        given().auth().oauth2(token).when().get("/api/v1/items").then().statusCode(401);
        given().auth().oauth2(login(username, "correct horse battery")).when().get("/api/v1/items").then().statusCode(200);
    }

    @Test
    void disablingOrEnablingNobodyIs404() {
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/accounts/nobody-" + UUID.randomUUID() + "/disable")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor("教务处")).when().post("/api/v1/admin/accounts/anyone/disable")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anAdminSetsAPassword() {
        String username = newAccount("auditor", null);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"password\":\"short\"}")
                .when().post("/api/v1/admin/accounts/" + username + "/password")
                .then().statusCode(400).body("violations.field", hasItem("password"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"password\":\"another horse battery\"}")
                .when().post("/api/v1/admin/accounts/" + username + "/password")
                .then().statusCode(200).body("username", is(username));
        login(username, "another horse battery");
        given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"correct horse battery\"}")
                .when().post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void aStaffMemberChangesTheirOwnPasswordWithTheOldOne() {
        String username = newAccount("handler", null);
        String token = login(username, "correct horse battery");
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"oldPassword\":\"not the password\",\"newPassword\":\"my own new battery\"}")
                .when().post("/api/v1/auth/password")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"oldPassword\":\"correct horse battery\",\"newPassword\":\"my own new battery\"}")
                .when().post("/api/v1/auth/password")
                .then().statusCode(204);
        login(username, "my own new battery");
        given().contentType("application/json").body("{\"oldPassword\":\"x\",\"newPassword\":\"my own new battery\"}")
                .when().post("/api/v1/auth/password").then().statusCode(401);
    }
}
