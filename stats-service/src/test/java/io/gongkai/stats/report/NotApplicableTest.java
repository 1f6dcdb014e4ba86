package io.gongkai.stats.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.stats.feed.FakeFeed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Checklist items marked not applicable: the annex says 不适用 with the reason (the fake coverage has items 1 and 7). */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class NotApplicableTest {

    private static final String REASON = "{\"reason\":\"学校不组织该类考试\"}";

    @Test
    void anItemMarkedNotApplicableSaysSoInTheAnnexUntilTheMarkIsTakenBack() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(REASON)
                .when().put("/api/v1/reports/annual/2081/not-applicable/7").then().statusCode(200)
                .body("itemNo", is("7")).body("reason", is("学校不组织该类考试")).body("markedBy", is("admin-1"));
        given().when().get("/api/v1/reports/annual/2081/not-applicable").then().statusCode(200)
                .body("", hasSize(1)).body("[0].itemNo", is("7"));
        given().accept("application/json").when().get("/api/v1/reports/annual/2081").then().statusCode(200)
                .body("annex.rows.find { it.itemNo == '7' }.published", is("不适用：学校不组织该类考试"))
                .body("annex.rows.find { it.itemNo == '1' }.published", containsString("已公开"));
        given().accept("text/markdown").when().get("/api/v1/reports/annual/2081").then().statusCode(200)
                .body(containsString("| 不适用：学校不组织该类考试 |"));
        // another year is not concerned
        given().accept("application/json").when().get("/api/v1/reports/annual/2082").then().statusCode(200)
                .body("annex.rows.find { it.itemNo == '7' }.published", is("未公开"));

        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/reports/annual/2081/not-applicable/7").then().statusCode(204);
        given().accept("application/json").when().get("/api/v1/reports/annual/2081").then().statusCode(200)
                .body("annex.rows.find { it.itemNo == '7' }.published", is("未公开"));
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/reports/annual/2081/not-applicable/7").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badMarksAreProblemsAndOnlyAdminsMark() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(REASON)
                .when().put("/api/v1/reports/annual/2083/not-applicable/seven").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("itemNo"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"reason\":\" \"}")
                .when().put("/api/v1/reports/annual/2083/not-applicable/7").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("reason"));
        given().auth().oauth2(Tokens.sourceSystem("tv-studio", "metrics:write")).contentType("application/json").body(REASON)
                .when().put("/api/v1/reports/annual/2083/not-applicable/7").then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(REASON)
                .when().put("/api/v1/reports/annual/2083/not-applicable/7").then().statusCode(401);
        given().when().get("/api/v1/reports/annual/2083/not-applicable").then().statusCode(200).body("", hasSize(0));
    }
}
