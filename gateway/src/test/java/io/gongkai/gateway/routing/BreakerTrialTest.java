package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The half-open trial of a circuit breaker is always settled (issue 14): a frozen service, a trial caller
 * that gives up before the answer, then the service recovers. The test configuration (Upstreams): 1 s
 * timeout, 3 failures open the breaker for 1 s.
 */
@QuarkusTest
class BreakerTrialTest {

    private static final String PATH = "/api/v1/evaluations/summary";

    @AfterEach
    void recover() {
        Upstreams.recover("inquiry");
    }

    @Test
    void aTrialWhoseCallerGaveUpIsSettledAndRoutingResumesWithinThreeSeconds() throws Exception {
        Upstreams.stall("inquiry");
        for (int i = 0; i < 3; i++) {
            given().when().get(PATH).then().statusCode(504).body("detail", containsString("inquiry"));
        }
        given().when().get(PATH).then().statusCode(503).body("detail", containsString("failed repeatedly"));
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'services' }.data.inquiry", containsString("circuit open"))
                .body("checks.find { it.name == 'services' }.data['inquiry.breaker']", is("OPEN"));

        Thread.sleep(1100); // half-open: the next call is the trial, and its caller gives up after 300 ms
        try (Socket trial = new Socket("127.0.0.1", RestAssured.port)) {
            trial.getOutputStream().write(("GET " + PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            trial.getOutputStream().flush();
            Thread.sleep(300);
        }
        Upstreams.recover("inquiry");

        // the abandoned trial reopened the breaker for 1 s; the next trial after it succeeds
        long started = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - started < 3_000_000_000L) {
            status = given().when().get(PATH).then().extract().statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(status == 200, "the gateway still refuses the recovered service: " + status);
        given().when().get(PATH).then().statusCode(200).header("X-Upstream", "inquiry");
        Thread.sleep(2100); // the readiness answers are cached for 2 s
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data['inquiry.breaker']", is("CLOSED"));
    }
}
