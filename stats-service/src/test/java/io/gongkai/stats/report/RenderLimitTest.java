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

/**
 * Anonymous report renders are limited per address: the 4th render from one address is a 429, another address goes on.
 * The address is the gateway's X-Forwarded-For only with the gateway's hop credential.
 */
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
        return given().header("X-Forwarded-For", address).header("X-Gongkai-Hop", "test-gateway-hop-credential").accept("text/markdown")
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

    @Test
    void aForwardedAddressWithoutTheGatewaysCredentialIsNotBelieved() {
        // without the credential every X-Forwarded-For is the connection's own address: inventing one per call gains nothing
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).accept("text/markdown")
                    .when().get("/api/v1/reports/annual/" + (2090 + i)).then().statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.99").accept("text/markdown")
                .when().get("/api/v1/reports/annual/2093").then().statusCode(429);
    }
}
