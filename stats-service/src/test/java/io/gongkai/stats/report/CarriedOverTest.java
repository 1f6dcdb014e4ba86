package io.gongkai.stats.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.stats.feed.FakeFeed;
import io.gongkai.stats.feed.FeedConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Going live mid-history: the carried-over requests an admin enters for the first report year are in row 二 and,
 * as Gongkai never sees them end, in row 四 of table 三; the report says they were entered by hand and still adds
 * up. The report years 2086 and 2087 are this test's own.
 */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class CarriedOverTest {

    @Inject
    FeedConsumer consumer;

    private void catchUp() {
        for (int i = 0; i < 50; i++) {
            consumer.pollOnce("disclosure");
            if (consumer.status().get(0).lag() == 0) {
                return;
            }
        }
    }

    @Test
    void enteredCarriedOverRequestsAreInRowsTwoAndFourAndTheReportSaysSo() {
        String at = "2085-10-01T10:00:00+08:00";
        FakeFeed.add("request.received", UUID.randomUUID().toString(), at, "{\"trackingNo\":\"YSQ-x\",\"receivedAt\":\"" + at
                + "\",\"channel\":\"ONLINE\",\"applicantType\":\"NATURAL_PERSON\",\"ownPersonalInformation\":false}");
        catchUp();
        String admin = Tokens.admin();
        given().auth().oauth2(admin).contentType("application/json").body("{\"counts\":{\"NATURAL_PERSON\":3,\"RESEARCH\":1}}")
                .when().put("/api/v1/reports/annual/2086/carried-over").then().statusCode(200)
                .body("year", is(2086)).body("counts.NATURAL_PERSON", is(3)).body("counts.RESEARCH", is(1)).body("counts.COMMERCIAL", is(0))
                .body("counts.TOTAL", is(4));
        given().when().get("/api/v1/reports/annual/2086/carried-over").then().statusCode(200).body("counts.TOTAL", is(4));

        given().accept("application/json").queryParam("format", "gov").when().get("/api/v1/reports/annual/2086").then().statusCode(200)
                .body("sections.find { it.key == 'requests' }.paragraphs", hasSize(1))
                .body("sections.find { it.key == 'requests' }.paragraphs[0]", containsString("4 件（自然人 3 件，法人或其他组织 1 件）"))
                .body("sections.find { it.key == 'requests' }.paragraphs[0]", containsString("手工录入"))
                .body("sections.find { it.key == 'requests' }.tables[0].rows[0]", is(List.of("一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1")))
                .body("sections.find { it.key == 'requests' }.tables[0].rows[1]", is(List.of("二、上年结转政府信息公开申请数量", "3", "0", "1", "0", "0", "0", "4")))
                .body("sections.find { it.key == 'requests' }.tables[0].rows[-1]", is(List.of("四、结转下年度继续办理", "4", "0", "1", "0", "0", "0", "5")))
                .body("addsUp", is(true)).body("checks.find { it.name == 'table-3-balance:RESEARCH' }.holds", is(true))
                .body("figures.find { it.key == 'requests.carriedOver' }.value", is(4))
                .body("figures.find { it.key == 'requests.carriedOver.entered' }.value", is(4))
                .body("figures.find { it.key == 'requests.carriedForward' }.value", is(5));
        given().accept("application/json").queryParam("format", "moe").when().get("/api/v1/reports/annual/2086").then().statusCode(200)
                .body("sections.find { it.key == 'requests' }.paragraphs[0]", containsString("上年结转 4 件"))
                .body("sections.find { it.key == 'requests' }.paragraphs[0]", containsString("结转下年度继续办理 5 件"))
                .body("sections.find { it.key == 'requests' }.paragraphs[1]", containsString("手工录入"));
        given().accept("text/html").queryParam("format", "moe").when().get("/api/v1/reports/annual/2086").then().statusCode(200)
                .body(containsString("由管理员手工录入"));
        // the dashboards' figures are Gongkai's own: the entered counts are the report's
        given().queryParam("year", 2086).when().get("/api/v1/stats/requests").then().statusCode(200)
                .body("carriedOver.TOTAL", is(0)).body("carriedForward.TOTAL", is(1));

        given().auth().oauth2(admin).when().delete("/api/v1/reports/annual/2086/carried-over").then().statusCode(204);
        given().accept("application/json").queryParam("format", "gov").when().get("/api/v1/reports/annual/2086").then().statusCode(200)
                .body("sections.find { it.key == 'requests' }.paragraphs", hasSize(0))
                .body("figures.find { it.key == 'requests.carriedOver' }.value", is(0));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String admin = Tokens.admin();
        String path = "/api/v1/reports/annual/2087/carried-over";
        given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("application/json").body("{\"counts\":{\"COMMERCIAL\":2}}")
                .when().put(path).then().statusCode(200);
        for (String body : List.of("{\"counts\":{\"NATURAL_PERSON\":-1}}", "{\"counts\":{\"GOVERNMENT\":1}}",
                "{\"counts\":{\"NATURAL_PERSON\":1,\"ORGANISATION\":1}}", "{\"counts\":{}}", "{}", "{\"counts\":{\"OTHER\":\"many\"}}")) {
            given().auth().oauth2(admin).contentType("application/json").body(body)
                    .when().put(path).then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType("application/json").body("{\"counts\":{\"OTHER\":1}}").when().put(path).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).contentType("application/json").body("{\"counts\":{\"OTHER\":1}}")
                .when().put(path).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).when().delete(path).then().statusCode(403);
        given().when().get(path).then().statusCode(200).body("counts.COMMERCIAL", is(2)).body("counts.OTHER", is(0))
                .body("counts.TOTAL", is(2));
        given().auth().oauth2(admin).when().delete(path).then().statusCode(204);
        given().auth().oauth2(admin).when().delete(path).then().statusCode(404).contentType("application/problem+json");
    }
}
