package io.gongkai.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.gateway.testing.Keys;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    @Inject
    RateLimiter limiter;

    @AfterEach
    void forgetAnonymousBucket() {
        limiter.forget("addr:127.0.0.1");
    }

    @Test
    void aKeyGetsItsLimitThen429WithRetryAfter() {
        String secret = Keys.secret("[\"read\"]", null, 3);
        for (int i = 0; i < 3; i++) {
            given().header("X-Api-Key", secret).when().get("/api/v1/channels").then().statusCode(200);
        }
        Upstreams.clear();
        given().header("X-Api-Key", secret).when().get("/api/v1/channels")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", is("20"))
                .body("status", is(429));
        assertEquals(0, Upstreams.seen().size());
        // another key has its own bucket
        given().header("X-Api-Key", Keys.secret("[\"read\"]", null, 3)).when().get("/api/v1/channels").then().statusCode(200);
    }

    @Test
    void anonymousWritesAreLimitedPerAddressButReadsAreNot() {
        limiter.forget("addr:127.0.0.1");
        for (int i = 0; i < 20; i++) {
            given().contentType("application/json").body("{}").when().post("/api/v1/petitions").then().statusCode(200);
        }
        given().contentType("application/json").body("{}").when().post("/api/v1/evaluations")
                .then().statusCode(429).header("Retry-After", notNullValue());
        for (int i = 0; i < 30; i++) {
            given().when().get("/api/v1/petition-channels").then().statusCode(200);
        }
    }
}
