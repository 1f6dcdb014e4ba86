package io.gongkai.stats.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.stats.feed.FakeFeed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The annual report through HTTP: both formats, JSON, HTML and Markdown, settings and texts, the annex. */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class ReportResourceTest {

    @Test
    void aYearsReportInTheMoeFormatAsJsonHtmlAndMarkdown() {
        String admin = Tokens.admin();
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"format\":\"moe\",\"institution\":\"长春理工大学\",\"signedOn\":\"2052-10-30\"}")
                .when().put("/api/v1/reports/annual/2052/settings").then().statusCode(200).body("institution", is("长春理工大学"));
        given().auth().oauth2(admin).contentType("application/json").body("{\"text\":\"学校始终认真贯彻执行《高等学校信息公开办法》。\"}")
                .when().put("/api/v1/reports/annual/2052/sections/overview").then().statusCode(204);
        given().accept("application/json").when().get("/api/v1/reports/annual/2052").then().statusCode(200)
                .body("title", is("长春理工大学 2052 年信息公开工作报告")).body("from", is("2051-09-01")).body("to", is("2052-08-31"))
                .body("sections", hasSize(7)).body("sections[0].paragraphs[0]", is("学校始终认真贯彻执行《高等学校信息公开办法》。"))
                .body("sections[2].paragraphs[0]", is("2052 年度，学校未接到信息公开申请，没有因依申请公开信息收取或减免费用情况。"))
                .body("annex.available", is(true)).body("annex.rows", hasSize(2)).body("annex.rows[1].published", is("未公开"))
                .body("addsUp", is(true)).body("figures.find { it.key == 'proactive.total' }.value", is(0));
        given().accept("text/html").when().get("/api/v1/reports/annual/2052").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">")).body(containsString("<h2>三、依申请公开和不予公开情况</h2>"))
                .body(containsString("附件：清单事项公开情况表")).body(containsString("2052年10月30日"))
                .body(containsString("@page { size: A4"));
        given().accept("text/markdown").when().get("/api/v1/reports/annual/2052").then().statusCode(200)
                .body(containsString("# 长春理工大学 2052 年信息公开工作报告")).body(containsString("## 七、其他需要报告的事项"))
                .body(containsString("| 7 | 招生考试信息 | 招生章程 | 未公开 |  |"));
    }

    @Test
    void thePdfIsReadyToFileWithEveryChineseCharacterEmbedded() throws Exception {
        byte[] pdf = given().accept("application/pdf").when().get("/api/v1/reports/annual/2057").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("2057 年信息公开工作报告"), text);
            assertTrue(text.contains("三、依申请公开和不予公开情况"), text);
            assertTrue(text.contains("2057 年度，学校未接到信息公开申请"), text);
            assertTrue(text.contains("附件：清单事项公开情况表"), text);
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 1f);
        }
    }

    @Test
    void theGovernmentFormatHasItsTables() {
        given().accept("text/markdown").queryParam("format", "gov").when().get("/api/v1/reports/annual/2053").then().statusCode(200)
                .body(containsString("## 三、收到和处理政府信息公开申请情况")).body(containsString("**表三 收到和处理政府信息公开申请情况**"))
                .body(containsString("| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"))
                .body(not(containsString("附件：清单事项公开情况表")));
    }

    @Test
    void whenDisclosureServiceIsDownTheReportSaysTheAnnexIsUnavailable() {
        FakeFeed.coverageDown = true;
        try {
            given().accept("application/json").when().get("/api/v1/reports/annual/2054").then().statusCode(200)
                    .body("annex.available", is(false)).body("annex.unavailableReason", containsString("暂时无法获取"))
                    .body("sections", hasSize(7));
        } finally {
            FakeFeed.coverageDown = false;
        }
    }

    @Test
    void aCalendarYearPeriodIsASetting() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"format\":\"gov\",\"periodKind\":\"CALENDAR_YEAR\",\"institution\":\"义乌工商职业技术学院\"}")
                .when().put("/api/v1/reports/annual/2055/settings").then().statusCode(200).body("periodKind", is("CALENDAR_YEAR"));
        given().accept("application/json").when().get("/api/v1/reports/annual/2055").then().statusCode(200)
                .body("format", is("gov")).body("from", is("2055-01-01")).body("to", is("2055-12-31")).body("sections", hasSize(6));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String admin = Tokens.admin();
        given().queryParam("format", "pdfx").when().get("/api/v1/reports/annual/2052").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/api/v1/reports/annual/1999").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("application/json").body("{\"format\":\"moe\",\"institution\":\"\"}")
                .when().put("/api/v1/reports/annual/2056/settings").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("application/json").body("{\"periodKind\":\"CUSTOM\",\"institution\":\"x\"}")
                .when().put("/api/v1/reports/annual/2056/settings").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("application/json").body("{\"format\":\"word\",\"institution\":\"x\"}")
                .when().put("/api/v1/reports/annual/2056/settings").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/reports/annual/2056/settings").then().statusCode(200).body("version", is(0));
        given().auth().oauth2(admin).contentType("application/json").body("{\"text\":\"x\"}")
                .when().put("/api/v1/reports/annual/2056/sections/no-such-part").then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body("{\"text\":\"x\"}")
                .when().put("/api/v1/reports/annual/2056/sections/overview").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).contentType("application/json").body("{\"format\":\"moe\",\"institution\":\"x\"}")
                .when().put("/api/v1/reports/annual/2056/settings").then().statusCode(403).contentType("application/problem+json");
    }
}
