package io.gongkai.stats.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.contract.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Every API test of this service runs under the OpenAPI contract check (junit-platform.properties). */
@QuarkusTest
class ContractCheckedTest {

    @Test
    void everyRestAssuredCallIsCheckedAgainstTheDocument() {
        assertTrue(RestAssured.filters().stream().anyMatch(OpenApiContract.class::isInstance), RestAssured.filters().toString());
    }
}
