package io.gongkai.stats.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.stats.feed.FakeFeed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Freezing a year's report: the frozen edition keeps its figures when later figures arrive, and the diff says where they differ. */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class ReportFreezeTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private static void pushed(String period, long count) {
        given().auth().oauth2(Tokens.sourceSystem("tv-studio", "metrics:write")).contentType("application/json")
                .body("{\"channel\":\"TV\",\"period\":\"" + period + "\",\"count\":" + count + ",\"source\":\"tv-studio\"}")
                .when().put("/api/v1/stats/metrics").then().statusCode(201);
    }

    private static String proactiveTotal() {
        return "figures.find { it.key == 'proactive.total' }.value";
    }

    @Test
    void aFrozenReportKeepsItsFiguresAndTheDiffListsTheLiveOnes() {
        pushed("2071-03", 7);
        // the Location comes from the configured public base URL, never from the caller's Host
        given().auth().oauth2(Tokens.admin()).header("Host", "evil.example").header("X-Forwarded-Host", "evil2.example")
                .when().post("/api/v1/reports/annual/2071/freeze").then().statusCode(201)
                .header("Location", is("https://xxgk.example.edu.cn/api/v1/reports/annual/2071/freeze"))
                .body("year", is(2071)).body("frozenBy", is("admin-1")).body("formats", hasSize(2)).body("frozenAt", notNullValue());
        pushed("2071-04", 5);

        given().accept("application/json").when().get("/api/v1/reports/annual/2071").then().statusCode(200)
                .body(proactiveTotal(), is(7)).body("frozenAt", notNullValue()).body("annex.available", is(true));
        given().accept("application/json").queryParam("format", "gov").when().get("/api/v1/reports/annual/2071").then().statusCode(200)
                .body("format", is("gov")).body(proactiveTotal(), is(7));
        given().accept("text/markdown").when().get("/api/v1/reports/annual/2071").then().statusCode(200)
                .body(containsString("7"));
        given().when().get("/api/v1/reports/annual/2071/diff").then().statusCode(200)
                .body("same", is(false)).body("format", is("moe"))
                .body("differences.find { it.key == 'proactive.total' }.frozen", is(7))
                .body("differences.find { it.key == 'proactive.total' }.live", is(12))
                .body("differences.find { it.key == 'proactive.channel.TV' }.live", is(12));
        given().when().get("/api/v1/reports/annual/2071/freeze").then().statusCode(200).body("frozenBy", is("admin-1"));

        // unfrozen, the report is the live one again
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/reports/annual/2071/freeze").then().statusCode(204);
        given().accept("application/json").when().get("/api/v1/reports/annual/2071").then().statusCode(200)
                .body(proactiveTotal(), is(12)).body("frozenAt", nullValue());
    }

    @Test
    void aFrozenReportWhoseFiguresHoldHasNoDifferences() {
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/reports/annual/2072/freeze").then().statusCode(201);
        given().queryParam("format", "gov").when().get("/api/v1/reports/annual/2072/diff").then().statusCode(200)
                .body("same", is(true)).body("format", is("gov")).body("differences", hasSize(0));
    }

    @Test
    void freezingTwiceIsAConflictAndOnlyAdminsFreeze() {
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/reports/annual/2073/freeze").then().statusCode(201);
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/reports/annual/2073/freeze").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("unfreeze"));
        given().when().post("/api/v1/reports/annual/2074/freeze").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.sourceSystem("tv-studio", "metrics:write")).when().post("/api/v1/reports/annual/2074/freeze")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.sourceSystem("tv-studio", "metrics:write")).when().delete("/api/v1/reports/annual/2073/freeze")
                .then().statusCode(403);
        given().when().get("/api/v1/reports/annual/2074/freeze").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aReportIsNotFrozenWithoutItsAnnex() {
        FakeFeed.coverageDown = true;
        try {
            given().auth().oauth2(Tokens.admin()).when().post("/api/v1/reports/annual/2075/freeze").then().statusCode(503)
                    .contentType("application/problem+json").body("detail", containsString("annex"));
        } finally {
            FakeFeed.coverageDown = false;
            // the annex client's breaker opened on the failures: the tests after this one find disclosure-service back at once
            breakers.resetAll();
        }
        given().when().get("/api/v1/reports/annual/2075/freeze").then().statusCode(404);
    }

    @Test
    void theDiffOfAYearNotFrozenAndBadInputAreProblems() {
        given().when().get("/api/v1/reports/annual/2076/diff").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("format", "pdf").when().get("/api/v1/reports/annual/2076/diff").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("format"));
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/reports/annual/1999/freeze").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/reports/annual/2076/freeze").then().statusCode(404);
    }
}
