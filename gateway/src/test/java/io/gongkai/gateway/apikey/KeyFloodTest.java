package io.gongkai.gateway.apikey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.gateway.testing.Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A flood of invented API keys: refused per address once it failed too often, and the key cache stays bounded. */
@QuarkusTest
class KeyFloodTest {

    /** The visitors' network of this run: the counts live in the database, and a run must not meet an earlier run's. */
    private static final String NET = "10." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + ".";

    @Inject
    ApiKeyCache cache;

    private static RequestSpecification from(String address) {
        return given().header("X-Gongkai-Hop", "test-hop-credential").header("X-Forwarded-For", address);
    }

    private static String inventedKey() {
        return ApiKeyService.PREFIX + UUID.randomUUID().toString().replace("-", "") + "_" + UUID.randomUUID();
    }

    @Test
    void manyUnknownKeysFromOneAddressAre429AfterTheLimitAndAnotherAddressIsUnaffected() {
        for (int i = 0; i < 30; i++) {
            from(NET + "60").header("X-Api-Key", inventedKey()).when().get("/api/v1/channels").then().statusCode(401);
        }
        from(NET + "60").header("X-Api-Key", inventedKey()).when().get("/api/v1/channels")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // even a good key waits at that address: the refusal comes before any lookup
        String good = Keys.secret("[\"read\"]", null, null);
        from(NET + "60").header("X-Api-Key", good).when().get("/api/v1/channels").then().statusCode(429);
        from(NET + "61").header("X-Api-Key", good).when().get("/api/v1/channels").then().statusCode(200);
        from(NET + "61").header("X-Api-Key", inventedKey()).when().get("/api/v1/channels").then().statusCode(401);
        // the public, without a key, is not slowed
        from(NET + "60").when().get("/api/v1/channels").then().statusCode(200);
    }

    @Test
    void theKeyCacheKeepsAtMostItsSize() {
        for (int i = 0; i < 80; i++) {
            from(NET + "" + (100 + i)).header("X-Api-Key", inventedKey()).when().get("/api/v1/channels").then().statusCode(401);
        }
        long kept = cache.cachedEntries();
        assertTrue(kept <= 50, () -> kept + " keys kept");
    }
}
