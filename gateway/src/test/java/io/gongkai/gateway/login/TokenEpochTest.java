package io.gongkai.gateway.login;

import static io.restassured.RestAssured.given;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Disabling, enabling and every password change end the tokens the account was issued before. */
@QuarkusTest
class TokenEpochTest {

    private static final String PASSWORD = "correct horse battery";

    private static String newAccount() {
        String username = "handler-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"handler\"}")
                .when().post("/api/v1/admin/accounts").then().statusCode(201);
        return username;
    }

    private static String login(String username, String password) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    private static void works(String token) {
        given().auth().oauth2(token).when().get("/api/v1/requests").then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/api/v1/requests").then().statusCode(401)
                .contentType("application/problem+json");
        // the gateway's own operations refuse it as well
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"another long password\"}")
                .when().post("/api/v1/auth/password").then().statusCode(401);
    }

    private static void admin(String username, String step) {
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/accounts/" + username + "/" + step)
                .then().statusCode(200);
    }

    @Test
    void aTokenRefusedByDisablingStaysRefusedAfterEnabling() {
        String username = newAccount();
        String old = login(username, PASSWORD);
        works(old);
        admin(username, "disable");
        refused(old);
        admin(username, "enable");
        refused(old);
        works(login(username, PASSWORD));
    }

    @Test
    void anAdminsPasswordResetEndsTheOldTokens() {
        String username = newAccount();
        String old = login(username, PASSWORD);
        works(old);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"password\":\"a new long password\"}")
                .when().post("/api/v1/admin/accounts/" + username + "/password").then().statusCode(200);
        refused(old);
        works(login(username, "a new long password"));
    }

    @Test
    void changingOnesOwnPasswordEndsTheOldTokens() {
        String username = newAccount();
        String old = login(username, PASSWORD);
        String other = login(username, PASSWORD);
        given().auth().oauth2(old).contentType("application/json")
                .body("{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"my own new password\"}")
                .when().post("/api/v1/auth/password").then().statusCode(204);
        given().auth().oauth2(old).when().get("/api/v1/requests").then().statusCode(401);
        given().auth().oauth2(other).when().get("/api/v1/requests").then().statusCode(401);
        works(login(username, "my own new password"));
    }
}
