package io.gongkai.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
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
    void healthAggregatesTheReadinessOfEveryService() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("checks.name", hasItem("services"))
                .body("checks.find { it.name == 'services' }.data.disclosure", is("UP"))
                .body("checks.find { it.name == 'services' }.data.inquiry", is("UP"))
                .body("checks.find { it.name == 'services' }.data.stats", is("UP"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
    }
}
