package io.gongkai.inquiry.request;

import static io.gongkai.inquiry.request.Requests.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestListTest {

    private static io.restassured.specification.RequestSpecification handler() {
        return given().auth().oauth2(Tokens.handler());
    }

    @Test
    void filtersByStatusAndHandler() {
        String handler = "h-" + UUID.randomUUID().toString().substring(0, 8);
        Requests.Submitted mine = Requests.online();
        step(mine.trackingNo(), "assign", Map.of("handler", handler)).statusCode(200);
        step(mine.trackingNo(), "accept", null).statusCode(200);
        handler().queryParam("handler", handler).when().get("/api/v1/requests")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].trackingNo", is(mine.trackingNo()))
                .body("items[0].status", is("ACCEPTED"))
                .body("items[0].applicantName", is("王小明"));
        handler().queryParam("handler", handler).queryParam("status", "RECEIVED").when().get("/api/v1/requests")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void overdueListsUnansweredRequestsPastTheirDueDate() {
        Requests.Submitted late = Requests.letter("2022-09-30T10:00:00+08:00");
        Requests.Submitted answered = Requests.letter("2022-09-30T10:00:00+08:00");
        step(answered.trackingNo(), "reply", Requests.reply("DISCLOSED")).statusCode(200);
        List<String> overdue = everything(Map.of("overdue", true, "year", 2023));
        assertTrue(overdue.contains(late.trackingNo()));
        assertTrue(!overdue.contains(answered.trackingNo()));
        List<String> notOverdue = everything(Map.of("overdue", false, "year", 2023));
        assertTrue(notOverdue.contains(answered.trackingNo()));
        Requests.staffView(Tokens.handler(), late.trackingNo()).body("overdue", is(true));
    }

    @Test
    void dueWithinListsRequestsDueInTheNextWorkingDays() {
        Requests.Submitted fresh = Requests.online();
        assertTrue(everything(Map.of("dueWithin", 20)).contains(fresh.trackingNo()));
        assertTrue(!everything(Map.of("dueWithin", 0)).contains(fresh.trackingNo()));
    }

    @Test
    void filtersByOutcome() {
        Requests.Submitted s = Requests.letter("2022-12-01T10:00:00+08:00");
        step(s.trackingNo(), "reply", Requests.reply("NEEDS_CREATION")).statusCode(200);
        handler().queryParam("outcome", "NEEDS_CREATION").queryParam("limit", 200).when().get("/api/v1/requests")
                .then().statusCode(200)
                .body("items.trackingNo", hasItem(s.trackingNo()))
                .body("items.outcome", everyItem(is("NEEDS_CREATION")));
    }

    @Test
    void theYearIsTheAcademicYearOfReceipt() {
        Requests.Submitted august = Requests.letter("2022-08-31T10:00:00+08:00");
        Requests.Submitted september = Requests.letter("2022-09-01T10:00:00+08:00");
        List<String> ay2022 = everything(Map.of("year", 2022));
        List<String> ay2023 = everything(Map.of("year", 2023));
        assertTrue(ay2022.contains(august.trackingNo()) && !ay2022.contains(september.trackingNo()));
        assertTrue(ay2023.contains(september.trackingNo()) && !ay2023.contains(august.trackingNo()));
        List<String> range = everything(Map.of("from", "2022-09-01", "to", "2022-09-01"));
        assertTrue(range.contains(september.trackingNo()) && !range.contains(august.trackingNo()));
        handler().queryParam("year", 2022).queryParam("from", "2022-01-01").when().get("/api/v1/requests")
                .then().statusCode(400).body("violations.field", hasItem("year"));
    }

    @Test
    void pagesFollowTheCursorWithoutRepeats() {
        for (int i = 0; i < 5; i++) {
            Requests.letter("2021-10-1" + i + "T10:00:00+08:00");
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = handler().queryParam("limit", 2).queryParam("year", 2022);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = spec.when().get("/api/v1/requests").then().statusCode(200).extract();
            List<String> items = page.path("items.trackingNo");
            assertTrue(items.size() <= 2);
            for (String no : items) {
                assertTrue(seen.add(no), "repeated " + no);
            }
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertTrue(seen.size() >= 5);
        assertTrue(pages >= 3);
    }

    @Test
    void badCursorAndLimitAre400() {
        handler().queryParam("cursor", "garbage").when().get("/api/v1/requests").then().statusCode(400)
                .contentType("application/problem+json");
        for (int limit : new int[] {0, 201, -1}) {
            handler().queryParam("limit", limit).when().get("/api/v1/requests").then().statusCode(400);
        }
        handler().queryParam("dueWithin", 61).when().get("/api/v1/requests").then().statusCode(400);
    }

    @Test
    void csvExportsTheFilteredList() {
        String handler = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "assign", Map.of("handler", handler)).statusCode(200);
        String csv = handler().accept("text/csv").queryParam("handler", handler).when().get("/api/v1/requests")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("trackingNo,status,channel,receivedAt,dueDate,overdue,applicantType,applicantSubType,applicantName,handler,outcome", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith(s.trackingNo() + ",RECEIVED,ONLINE,"), lines[1]);
        assertTrue(lines[1].contains("王小明"));
    }

    @Test
    void auditorsSeeMaskedNamesInTheListAndTheCsv() {
        String handler = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "assign", Map.of("handler", handler)).statusCode(200);
        given().auth().oauth2(Tokens.auditor()).queryParam("handler", handler).when().get("/api/v1/requests")
                .then().statusCode(200).body("items[0].applicantName", is("王**"));
        String csv = given().auth().oauth2(Tokens.auditor()).accept("text/csv").queryParam("handler", handler)
                .when().get("/api/v1/requests").then().statusCode(200).extract().asString();
        assertTrue(!csv.contains("王小明") && csv.contains("王**"), csv);
    }

    /** Every tracking number the list answers for these filters, across pages. */
    private static List<String> everything(Map<String, Object> filters) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = handler().queryParams(filters).queryParam("limit", 200);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = spec.when().get("/api/v1/requests").then().statusCode(200).extract();
            all.addAll(page.path("items.trackingNo"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return all;
    }
}
