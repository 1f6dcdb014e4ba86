package io.gongkai.disclosure.checklist;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.disclosure.item.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChecklistResourceTest {

    @Test
    void theCurrentChecklistHasTenCategoriesAndFiftyItems() {
        given().when().get("/api/v1/checklist")
                .then().statusCode(200)
                .body("code", is("2014"))
                .body("current", is(true))
                .body("categories", hasSize(10))
                .body("categories.items.flatten()", hasSize(50))
                .body("categories[1].name", is("招生考试信息"))
                .body("categories[1].items[0].itemNo", is("7"))
                .body("categories[9].items[1].note", is("wording unverified"));
        given().when().get("/api/v1/checklist/versions").then().statusCode(200).body("code", hasItem("2014"));
        given().queryParam("version", "1999").when().get("/api/v1/checklist").then().statusCode(404);
    }

    @Test
    void coverageOfAKnownDataSet() {
        // report year 2003 = 2002-09-01 .. 2003-08-31, used by this test only
        Fixtures.push("admissions", unique("c"), with(item("招生章程 2003", "ADMISSIONS"), "checklistItem", "7",
                "publishedAt", "2003-05-20T09:00:00+08:00", "producedAt", "2003-05-06",
                "postings", List.of(Fixtures.posting("PORTAL", "https://zsb.example.edu.cn/2003.htm")))).statusCode(201);
        Fixtures.push("admissions", unique("c"), with(item("研究生招生章程 2003", "GRADUATE_SCHOOL"), "checklistItem", "7",
                "publishedAt", "2002-10-08T09:00:00+08:00")).statusCode(201);
        // late: produced Mon 2003-03-03, due 2003-03-31, published 2003-04-15
        Fixtures.push("finance", unique("c"), with(item("财务制度 2003", "FINANCE"), "checklistItem", "15",
                "publishedAt", "2003-04-15T09:00:00+08:00", "producedAt", "2003-03-03")).statusCode(201);
        // outside the period, and campus-only: neither counts
        Fixtures.push("finance", unique("c"), with(item("预算 2002", "FINANCE"), "checklistItem", "19",
                "publishedAt", "2002-08-31T09:00:00+08:00")).statusCode(201);
        Fixtures.push("finance", unique("c"), with(item("校内预算 2003", "FINANCE"), "checklistItem", "19",
                "audience", "CAMPUS", "publishedAt", "2003-01-31T09:00:00+08:00")).statusCode(201);
        // an unpublished draft long past its due date
        Fixtures.push("hr", unique("c"), with(item("岗位设置 2003", "HR"), "checklistItem", "24", "status", "DRAFT",
                "producedAt", "2002-11-04")).statusCode(201);

        given().queryParam("year", 2003).when().get("/api/v1/checklist/coverage")
                .then().statusCode(200)
                .body("checklist", is("2014"))
                .body("from", is("2002-09-01")).body("to", is("2003-08-31"))
                .body("items", is(50)).body("covered", is(2)).body("gaps", is(48)).body("overdue", is(2))
                .body("entries[6].itemNo", is("7"))
                .body("entries[6].covered", is(true))
                .body("entries[6].count", is(2))
                .body("entries[6].units", is(List.of("ADMISSIONS", "GRADUATE_SCHOOL")))
                .body("entries[6].channels", is(List.of("PORTAL")))
                .body("entries[6].latest", hasSize(2))
                .body("entries[6].latest[0].title", is("招生章程 2003"))
                .body("entries[6].latest[0].url", is("https://zsb.example.edu.cn/2003.htm"))
                .body("entries[6].overdue", is(false))
                .body("entries[14].itemNo", is("15"))
                .body("entries[14].overdue", is(true))
                .body("entries[14].latePublished", is(1))
                .body("entries[18].covered", is(false))
                .body("entries[23].itemNo", is("24"))
                .body("entries[23].covered", is(false))
                .body("entries[23].overdueDrafts", is(1));
        given().queryParam("year", 2003).queryParam("gapsFirst", true).when().get("/api/v1/checklist/coverage")
                .then().statusCode(200)
                .body("entries[0].itemNo", is("24"))
                .body("entries[0].covered", is(false))
                .body("entries[48].itemNo", is("15"))
                .body("entries[49].itemNo", is("7"));
        given().queryParam("from", "2003-05-01").queryParam("to", "2003-05-31").when().get("/api/v1/checklist/coverage")
                .then().statusCode(200).body("covered", is(1));
    }

    @Test
    void coverageNeedsAPeriod() {
        for (Map<String, Object> params : List.<Map<String, Object>>of(Map.of(), Map.of("from", "2022-01-01"),
                Map.of("year", 2022, "from", "2022-01-01", "to", "2022-02-01"), Map.of("from", "2022-02-01", "to", "2022-01-01"),
                Map.of("year", "last"), Map.of("from", "yesterday", "to", "2022-01-01"))) {
            given().queryParams(params).when().get("/api/v1/checklist/coverage")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aBlankOrMalformedPeriodIsA400ThatNamesTheParameter() {
        for (Map<String, Object> params : List.<Map<String, Object>>of(Map.of("year", " "), Map.of("year", "2022x"),
                Map.of("from", " ", "to", "2022-01-01"), Map.of("from", "2022-01-01", "to", " "),
                Map.of("year", 2022, "gapsFirst", "maybe"))) {
            String named = params.containsKey("gapsFirst") ? "gapsFirst"
                    : params.get("to") != null && params.get("to").equals(" ") ? "to"
                    : params.containsKey("from") ? "from" : "year";
            given().queryParams(params).when().get("/api/v1/checklist/coverage")
                    .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is(named));
        }
    }

    @Test
    void theReportYearEndsOn31AugustInclusive() {
        String title = unique("八月底");
        Fixtures.published(with(item(title, "ADMISSIONS"), "checklistItem", "8", "publishedAt", "2004-08-31T23:00:00+08:00"));
        given().queryParam("year", 2004).when().get("/api/v1/checklist/coverage")
                .then().statusCode(200).body("from", is("2003-09-01")).body("to", is("2004-08-31"))
                .body("entries.find { it.itemNo == '8' }.covered", is(true));
        given().queryParam("year", 2005).when().get("/api/v1/checklist/coverage")
                .then().statusCode(200).body("entries.find { it.itemNo == '8' }.covered", is(false));
    }

    @Test
    void anAdminLoadsARevisedChecklistNextToTheOldOne() {
        String code = unique("r").substring(0, 10);
        Map<String, Object> body = Map.of("name", "修订清单", "effectiveFrom", "2030-01-01", "categories", List.of(
                Map.of("no", 1, "name", "基本信息", "items", List.of(Map.of("itemNo", "1", "title", "办学基本情况"),
                        Map.of("itemNo", "2", "title", "学校章程"))),
                Map.of("no", 2, "name", "招生考试信息", "items", List.of(Map.of("itemNo", "3", "title", "招生章程")))));
        given().header("Authorization", "Bearer " + Tokens.editor("HR")).contentType("application/json").body(body)
                .when().put("/api/v1/checklist/versions/" + code).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(body)
                .when().put("/api/v1/checklist/versions/" + code)
                .then().statusCode(201).body("categories", hasSize(2)).body("current", is(false));
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(body)
                .when().put("/api/v1/checklist/versions/" + code).then().statusCode(409);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                .body(Map.of("category", 2, "title", "招生章程及招生计划"))
                .when().put("/api/v1/checklist/versions/" + code + "/items/3")
                .then().statusCode(200).body("categories[1].items[0].title", is("招生章程及招生计划"));
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                .body(Map.of("category", 7, "title", "x"))
                .when().put("/api/v1/checklist/versions/" + code + "/items/3").then().statusCode(400);
        given().queryParam("version", code).when().get("/api/v1/checklist").then().statusCode(200).body("name", is("修订清单"));
        // the 2014 list is still the current one
        given().when().get("/api/v1/checklist").then().body("code", is("2014"));
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                .body(Map.of("name", "坏", "effectiveFrom", "2030-01-01", "categories", List.of()))
                .when().put("/api/v1/checklist/versions/" + code + "x").then().statusCode(400);
    }
}
