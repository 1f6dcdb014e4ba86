package io.gongkai.gateway.caller;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.gateway.ratelimit.RateLimiter;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Visitors of the public column reach the API through web, one address for all of them: web sends each visitor's
 * address with its hop credential, and every per-client limit counts the visitor. Without the credential an
 * X-Forwarded-For is the caller's own say-so and ignored.
 */
@QuarkusTest
class VisitorAddressTest {

    /** web's credential in the tests (the gateway's configuration keeps its SHA-256). */
    static final String WEB_HOP = "test-hop-credential";

    @Inject
    RateLimiter limiter;

    @BeforeEach
    @AfterEach
    void forgetBuckets() {
        for (String address : List.of("127.0.0.1", "198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4")) {
            limiter.forget("addr:" + address);
        }
        Upstreams.clear();
    }

    private static RequestSpecification throughWeb(String visitor) {
        return given().header("X-Gongkai-Hop", WEB_HOP).header("X-Forwarded-For", visitor);
    }

    @Test
    void oneVisitorWhoExhaustsTheFormLimitLeavesAnotherUnaffected() {
        for (int i = 0; i < 20; i++) {
            throughWeb("198.51.100.1").contentType("application/json").body("{}").when().post("/api/v1/requests")
                    .then().statusCode(200);
        }
        throughWeb("198.51.100.1").contentType("application/json").body("{}").when().post("/api/v1/requests")
                .then().statusCode(429);
        throughWeb("198.51.100.2").contentType("application/json").body("{}").when().post("/api/v1/requests")
                .then().statusCode(200);
    }

    @Test
    void theServiceIsToldTheVisitorsAddressWithTheGatewaysOwnCredentialNeverWebs() {
        throughWeb("198.51.100.3").contentType("application/json").body("{}").when().post("/api/v1/petitions")
                .then().statusCode(200);
        Upstreams.Seen seen = Upstreams.seen().get(0);
        assertEquals("198.51.100.3", seen.headers().get("X-Forwarded-For"));
        assertEquals("test-gateway-hop-credential", seen.headers().get("X-Gongkai-Hop"));
    }

    @Test
    void aForgedForwardedForWithoutTheCredentialIsIgnored() {
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", "198.51.100." + (10 + i)).contentType("application/json").body("{}")
                    .when().post("/api/v1/evaluations").then().statusCode(200);
        }
        // all twenty counted against the connection's own address
        given().header("X-Forwarded-For", "198.51.100.99").contentType("application/json").body("{}")
                .when().post("/api/v1/evaluations").then().statusCode(429);
        given().header("X-Gongkai-Hop", "a-guessed-credential").header("X-Forwarded-For", "198.51.100.4")
                .contentType("application/json").body("{}").when().post("/api/v1/evaluations").then().statusCode(429);
        Upstreams.clear();
        given().header("X-Forwarded-For", "198.51.100.99").when().get("/api/v1/petition-channels").then().statusCode(200);
        assertEquals("127.0.0.1", Upstreams.seen().get(0).headers().get("X-Forwarded-For"));
    }

    @Test
    void onlyAnAddressIsTakenFromTheLastEntry() {
        assertEquals("203.0.113.9", ClientAddress.lastAddress("10.0.0.1, 203.0.113.9"));
        assertEquals("2001:db8::1", ClientAddress.lastAddress("2001:db8::1"));
        assertEquals(null, ClientAddress.lastAddress("203.0.113.9, <script>"));
        assertEquals(null, ClientAddress.lastAddress(""));
        assertEquals(null, ClientAddress.lastAddress(null));
    }
}
