package io.gongkai.stats.contract;

import static io.restassured.RestAssured.given;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.commons.testing.contract.ParameterSweepTest;
import io.gongkai.stats.feed.FakeFeed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

// the report reads its annex from disclosure-service: the fake one answers
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class ParametersTest extends ParameterSweepTest {

    private static final String ADMIN = Tokens.admin();

    @BeforeEach
    void warmUp() {
        // the first report after start-up builds the annex's REST client and the report's queries (2.5 s on this machine):
        // the sweep measures how each parameter is handled, not the start-up
        given().accept("application/json").when().get("/api/v1/reports/annual/2022").then().statusCode(200);
    }

    @Override
    protected Map<String, String> headers(String path) {
        // the admin reads are swept as an admin; the public reads as anyone
        return path.startsWith("/api/v1/admin/") ? Map.of("Authorization", "Bearer " + ADMIN) : Map.of();
    }
}
