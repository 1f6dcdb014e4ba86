package io.gongkai.gateway.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void gatewayIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
    }
}
