package io.gongkai.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/**
 * A service whose database is down still starts, says it is not ready, stays live, and answers 503
 * problem+json instead of a 500. Run by each service with {@code @TestProfile(DatabaseDownProfile.class)}.
 */
public abstract class DatabaseDownConventionsTest {

    /** A public GET of this service that needs the database. */
    protected abstract String databaseBackedPath();

    @Test
    void readinessIsDownWhileLivenessIsUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", is("DOWN"));
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", is("UP"));
    }

    @Test
    void databaseBackedRequestIs503Problem() {
        given().when().get(databaseBackedPath())
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("database"))
                .body("detail", org.hamcrest.Matchers.not(containsString("PSQL")));
    }
}
