package io.gongkai.gateway.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.gongkai.commons.testing.DatabaseDownConventionsTest;
import io.gongkai.commons.testing.DatabaseDownProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DatabaseDownProfile.class)
class DatabaseDownTest extends DatabaseDownConventionsTest {

    /** What the login page asks: whether local accounts exist (counted in the database). */
    @Override
    protected String databaseBackedPath() {
        return "/api/v1/auth";
    }

    @Test
    void loginsAndKeyLookupsAre503Problems() {
        given().contentType("application/json").body("{\"username\":\"admin\",\"password\":\"whatever it is\"}")
                .when().post("/api/v1/auth/token")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("database"));
        given().header("X-Api-Key", "gk_" + "1".repeat(32) + "_" + "A".repeat(43))
                .when().get("/api/v1/channels")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("database"));
    }
}
