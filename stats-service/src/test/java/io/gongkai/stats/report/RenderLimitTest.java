package io.gongkai.stats.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anonymous report renders are limited per address: the 4th render from one address is a 429, another address goes on. */
@QuarkusTest
@TestProfile(RenderLimitTest.ThreeRenders.class)
class RenderLimitTest {

    public static class ThreeRenders implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.stats.report.anonymous-renders", "3", "gongkai.stats.report.anonymous-renders-per", "10M");
        }
    }

    private static io.restassured.response.ValidatableResponse report(String address, int year) {
        return given().header("X-Forwarded-For", address).accept("text/markdown")
                .when().get("/api/v1/reports/annual/" + year).then();
    }

    @Test
    void theFourthAnonymousRenderFromOneAddressIsRefusedButNotFromAnother() {
        report("203.0.113.7", 2081).statusCode(200);
        report("203.0.113.7", 2082).statusCode(200);
        report("203.0.113.7", 2083).statusCode(200);
        report("203.0.113.7", 2084).statusCode(429)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("status", org.hamcrest.Matchers.is(429));
        // a kept report costs nothing and is not refused
        report("203.0.113.7", 2081).statusCode(200);
        report("203.0.113.8", 2084).statusCode(200);
        // staff are not limited
        given().header("X-Forwarded-For", "203.0.113.7").auth().oauth2(Tokens.admin()).accept("text/markdown")
                .when().get("/api/v1/reports/annual/2085").then().statusCode(200);
    }
}
