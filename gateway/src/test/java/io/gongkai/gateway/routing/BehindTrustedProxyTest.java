package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A gateway behind the university's load balancer, configured to trust it: the services are told the
 * caller's address, scheme and host as the load balancer forwarded them (without that setting the
 * gateway ignores them: see RoutingTest#hopByHopHeadersAreDroppedAndForwardedHeadersSet).
 */
@QuarkusTest
@TestProfile(BehindTrustedProxyTest.BehindLoadBalancer.class)
class BehindTrustedProxyTest {

    public static class BehindLoadBalancer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true", "quarkus.http.proxy.enable-forwarded-host", "true");
        }
    }

    @BeforeEach
    void clear() {
        Upstreams.clear();
    }

    @Test
    void theServicesSeeTheAddressSchemeAndHostTheLoadBalancerForwarded() {
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "gongkai.example.edu")
                .when().get("/api/v1/channels")
                .then().statusCode(200);
        Upstreams.Seen seen = Upstreams.seen().get(0);
        assertEquals("203.0.113.7", seen.headers().get("X-Forwarded-For"));
        assertEquals("https", seen.headers().get("X-Forwarded-Proto"));
        assertEquals("gongkai.example.edu", seen.headers().get("X-Forwarded-Host"));
    }
}
