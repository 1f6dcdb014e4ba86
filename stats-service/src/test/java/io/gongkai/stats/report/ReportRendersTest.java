package io.gongkai.stats.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A report is rendered once until what it is made of changes: a second identical request is served from what was kept. */
@QuarkusTest
class ReportRendersTest {

    private static double renders(String media) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^gongkai_report_renders_total\\{media=\"" + media + "\"[^}]*} ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static byte[] report(int year, String accept) {
        return given().accept(accept).when().get("/api/v1/reports/annual/" + year).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void aSecondIdenticalRequestDoesNotRenderAgain() {
        double pdf = renders("pdf");
        byte[] first = report(2093, "application/pdf");
        assertEquals(pdf + 1, renders("pdf"));
        byte[] second = report(2093, "application/pdf");
        assertEquals(pdf + 1, renders("pdf"), "the second identical request is served from what was kept");
        assertArrayEquals(first, second);

        double md = renders("md");
        report(2093, "text/markdown");
        report(2093, "text/markdown");
        assertEquals(md + 1, renders("md"));
        // another format is another report
        given().accept("text/markdown").queryParam("format", "gov").when().get("/api/v1/reports/annual/2093").then().statusCode(200);
        assertEquals(md + 2, renders("md"));
    }

    @Test
    void aChangedSectionRendersAnew() {
        given().accept("text/markdown").when().get("/api/v1/reports/annual/2094").then().statusCode(200)
                .body(not(containsString("本年度新写的概述")));
        double md = renders("md");
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("text", "本年度新写的概述"))
                .when().put("/api/v1/reports/annual/2094/sections/overview").then().statusCode(204);
        given().accept("text/markdown").when().get("/api/v1/reports/annual/2094").then().statusCode(200)
                .body(containsString("本年度新写的概述"));
        assertEquals(md + 1, renders("md"));
    }

    @Test
    void aChangedSettingOrPushedFigureRendersAnew() {
        report(2095, "application/json");
        double json = renders("json");
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("format", "moe", "periodKind", "ACADEMIC_YEAR", "institution", "另一所大学"))
                .when().put("/api/v1/reports/annual/2095/settings").then().statusCode(200);
        given().accept("application/json").when().get("/api/v1/reports/annual/2095").then().statusCode(200)
                .body(containsString("另一所大学"));
        assertEquals(json + 1, renders("json"));
        given().auth().oauth2(Tokens.sourceSystem("tv-studio", "metrics:write")).contentType("application/json")
                .body("{\"channel\":\"TV\",\"period\":\"2095-03\",\"count\":4,\"source\":\"tv-studio\"}")
                .when().put("/api/v1/stats/metrics").then().statusCode(201);
        report(2095, "application/json");
        assertEquals(json + 2, renders("json"));
    }
}
