package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.gateway.testing.RawHttp;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body larger than the service it goes to takes is the client's fault: the gateway refuses it with 413 at that
 * service's own limit (inquiry-service takes 10 MB, disclosure-service 16 MB), so that the service never resets the
 * connection over it, and a burst of such bodies never opens the service's breaker.
 */
@QuarkusTest
class OversizedBodyTest {

    private static final long ELEVEN_MB = 11L * 1024 * 1024;

    @Inject
    Routes routes;

    @BeforeEach
    void clear() {
        Upstreams.clear();
    }

    @Test
    void aBurstOfOversizedBodiesIsRefusedAtTheRoutesLimitAndLeavesTheBreakerClosed() throws Exception {
        for (int i = 0; i < 6; i++) {
            int status = RawHttp.status(RestAssured.port, "POST /api/v1/requests HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + ELEVEN_MB + "\r\nConnection: close\r\n\r\n{");
            assertEquals(413, status);
        }
        assertTrue(Upstreams.seen().isEmpty(), () -> "reached: " + Upstreams.seen());
        // a chunked body streams until it passes the limit; the service gets no more than it takes, then the call stops
        for (int i = 0; i < 6; i++) {
            assertEquals(413, RawHttp.chunkedUpload(RestAssured.port, "/api/v1/petitions", "Content-Type: application/json\r\n",
                    ELEVEN_MB));
        }
        assertEquals(CircuitBreaker.State.CLOSED, inquiry().breaker().state());
        given().contentType("application/json").body("{}").when().post("/api/v1/evaluations").then().statusCode(200);
        given().when().get("/api/v1/requests").then().statusCode(200);
    }

    @Test
    void eachRouteHasTheLimitOfItsService() {
        assertEquals(413, RawHttp.status(RestAssured.port, "POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (10L * 1024 * 1024 + 1) + "\r\nConnection: close\r\n\r\n{"));
        assertEquals(10L * 1024 * 1024, inquiry().maxBodyBytes());
        assertEquals(16L * 1024 * 1024, routes.all().stream().filter(u -> u.name().equals("disclosure")).findFirst()
                .orElseThrow().maxBodyBytes());
    }

    @Test
    void aServiceRefusingABodyMidUploadIsNoFailureOfTheService() throws Exception {
        for (int i = 0; i < 6; i++) {
            int status = RawHttp.chunkedUpload(RestAssured.port, "/api/v1/stats/refuse-early",
                    "Content-Type: application/json\r\nX-Gongkai-Hop: test-hop-credential\r\nX-Forwarded-For: 198.51.100.80\r\n",
                    4L * 1024 * 1024);
            // its 413, or the gateway's 503 when the reset overtook the answer: either way no failure of the service
            assertTrue(status == 413 || status == 503, "status " + status);
        }
        Upstream stats = routes.all().stream().filter(u -> u.name().equals("stats")).findFirst().orElseThrow();
        assertEquals(CircuitBreaker.State.CLOSED, stats.breaker().state());
        given().when().get("/api/v1/stats/channels").then().statusCode(200);
    }

    private Upstream inquiry() {
        return routes.all().stream().filter(u -> u.name().equals("inquiry")).findFirst().orElseThrow();
    }
}
