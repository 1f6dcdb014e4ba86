package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The gateway's own refusals speak the caller's language, as the services' problems do (commons' ProblemLanguage). */
@QuarkusTest
class GatewayProblemLanguageTest {

    @Test
    void aRefusedKeyIsExplainedInChineseToACallerWhoAsksForIt() {
        given().header("X-Api-Key", "gk_made_up_secret").header("Accept-Language", "zh-CN,zh;q=0.9")
                .when().get("/api/v1/stats/channels?year=2022")
                .then().statusCode(401).contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", is("https://gongkai.io/problems/unauthorized"))
                .body("title", is("未认证"));
        given().header("X-Api-Key", "gk_made_up_secret")
                .when().get("/api/v1/stats/channels?year=2022")
                .then().statusCode(401).header("Content-Language", "en").body("title", is("Unauthorized"));
    }
}
