package io.gongkai.inquiry.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IntakeLimitTest.TwoPerHour.class)
class IntakeLimitTest {

    public static class TwoPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.requests.intake-per-client-per-hour", "2");
        }
    }

    @Test
    void anonymousSubmissionsAreLimitedPerClientAndStaffAreNot() {
        // an address of its own: the counts are kept in the database and outlive a test run
        String client = Clients.address();
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", client).contentType("application/json").body(Requests.body()).when().post("/api/v1/requests").then().statusCode(201);
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", client).contentType("application/json").body(Requests.body()).when().post("/api/v1/requests").then().statusCode(201);
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", client).contentType("application/json").body(Requests.body()).when().post("/api/v1/requests")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        Map<String, Object> petition = Map.of("channel", "EMAIL", "category", "OTHER", "subject", "s", "content", "c");
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", client).contentType("application/json").body(petition).when().post("/api/v1/petitions").then().statusCode(201);
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", client).contentType("application/json").body(petition).when().post("/api/v1/petitions").then().statusCode(201);
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", client).contentType("application/json").body(petition).when().post("/api/v1/petitions").then().statusCode(429);
        // another client is not affected
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", Clients.address()).contentType("application/json").body(Requests.body()).when().post("/api/v1/requests").then().statusCode(201);
        Requests.letter("2022-10-10T10:00:00+08:00");
        given().header("X-Gongkai-Hop", Requests.GATEWAY_HOP).header("X-Forwarded-For", client).auth().oauth2(Tokens.handler()).contentType("application/json").body(petition)
                .when().post("/api/v1/petitions").then().statusCode(201);
    }

    @Test
    void theGatewaysVisitorsAreCountedApartAndAForgedAddressIsNot() {
        // the gateway forwards each visitor's address with its hop credential (SHA-256 in gongkai.hop.gateway-sha256)
        for (int i = 0; i < 2; i++) {
            given().header("X-Gongkai-Hop", "test-gateway-hop-credential").header("X-Forwarded-For", "198.51.100.20")
                    .contentType("application/json").body(Requests.body()).when().post("/api/v1/requests").then().statusCode(201);
        }
        given().header("X-Gongkai-Hop", "test-gateway-hop-credential").header("X-Forwarded-For", "198.51.100.20")
                .contentType("application/json").body(Requests.body()).when().post("/api/v1/requests").then().statusCode(429);
        given().header("X-Gongkai-Hop", "test-gateway-hop-credential").header("X-Forwarded-For", "198.51.100.21")
                .contentType("application/json").body(Requests.body()).when().post("/api/v1/requests").then().statusCode(201);
        // without the credential an X-Forwarded-For from loopback is anybody's say-so: the connection's address counts,
        // so an exhausted address given without it (or with a guessed credential) is not the one refused
        given().header("X-Forwarded-For", "198.51.100.20").contentType("application/json").body(Requests.body())
                .when().post("/api/v1/requests").then().statusCode(201);
        given().header("X-Gongkai-Hop", "a guess").header("X-Forwarded-For", "198.51.100.20").contentType("application/json")
                .body(Requests.body()).when().post("/api/v1/requests").then().statusCode(201);
    }
}
