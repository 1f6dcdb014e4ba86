package io.gongkai.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/**
 * A service started while its database is unreachable recovers by itself when the database comes
 * back: readiness turns UP and requests succeed, with no restart. Run with
 * {@code @TestProfile(DatabaseLaterProfile.class)}.
 */
public abstract class DatabaseRecoveryConventionsTest {

    /** A public GET of this service that needs the database and answers 200 once it has it. */
    protected abstract String databaseBackedPath();

    @Test
    void theServiceRecoversWhenTheDatabaseComesBack() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(503);
        given().when().get(databaseBackedPath()).then().statusCode(503);

        String host = System.getenv().getOrDefault("GONGKAI_DB_HOST", "localhost");
        int port = Integer.parseInt(System.getenv().getOrDefault("GONGKAI_DB_PORT", "5432"));
        try (TcpForwarder database = new TcpForwarder(DatabaseLaterProfile.PORT, host, port)) {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline
                    && given().when().get("/q/health/ready").statusCode() != 200) {
                Thread.sleep(250);
            }
            given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
            given().when().get(databaseBackedPath()).then().statusCode(200);
        }
    }
}
