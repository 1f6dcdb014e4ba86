package io.gongkai.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.gateway.testing.Keys;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The gateway's /q/metrics are an operator's: an API key with the ops:metrics scope. */
@QuarkusTest
class MetricsAccessTest {

    @Test
    void anonymousCallersAreRefused() {
        given().when().get("/q/metrics").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aKeyWithoutTheScopeAndAStaffTokenAreForbidden() {
        given().header("X-Api-Key", Keys.secret("[\"read\"]", null, null)).when().get("/q/metrics")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/q/metrics").then().statusCode(403);
    }

    @Test
    void anOperatorsKeyReadsThem() {
        given().header("Authorization", "ApiKey " + Keys.secret("[\"ops:metrics\"]", null, null)).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
