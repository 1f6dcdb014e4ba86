package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;

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
            // the services' settings (their application.properties): the balancer here stands where the gateway stands for them
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true", "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.0/8,::1/128");
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

    @Test
    void linksBuiltFromUriInfoNameTheForwardedAddress() {
        // a relative Location is resolved against UriInfo's base URI: as a service reached through the gateway
        String location = given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"name\":\"behind a proxy\",\"scopes\":[\"read\"]}")
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "localhost:8080")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().header("Location");
        assertTrue(location.startsWith("http://localhost:8080/api/v1/admin/api-keys/"), location);
    }
}
