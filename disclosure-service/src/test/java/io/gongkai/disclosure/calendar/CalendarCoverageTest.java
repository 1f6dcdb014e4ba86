package io.gongkai.disclosure.calendar;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The publication rule in inquiry-service's calendar, served here by {@link CalendarStub} (for every test of the module). */
@QuarkusTest
@QuarkusTestResource(CalendarStub.class)
class CalendarCoverageTest {

    @Test
    void anItemsDueDateCountsTheOfficialCalendarAcrossTheNationalDayWeek() {
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                .body(with(item(unique("国庆节前产生的信息"), "HR"), "producedAt", "2022-09-26"))
                .when().post("/api/v1/items")
                .then().statusCode(201).body("dueDate", is("2022-10-27"));
    }

    @Test
    void coverageSaysItCountedTheOfficialCalendar() {
        given().queryParam("year", 2023).when().get("/api/v1/checklist/coverage")
                .then().statusCode(200)
                .body("calendar.source", is("OFFICIAL"))
                .body("calendar.note", nullValue());
    }

    @Test
    void withInquiryServiceFailingCoverageIsCountedMondayToFridayAndSaysSo() {
        given().queryParam("from", CalendarStub.FAILING_FROM + 1 + "-01-01").queryParam("to", CalendarStub.FAILING_FROM + 1 + "-06-30")
                .when().get("/api/v1/checklist/coverage")
                .then().statusCode(200)
                .body("calendar.source", is("MONDAY_TO_FRIDAY"))
                .body("calendar.note", containsString("calendar unavailable, counted Mon–Fri"));
    }

    @Test
    void aYearWithoutACalendarYetIsCountedMondayToFridayAndSaysSo() {
        given().queryParam("year", 2031).when().get("/api/v1/checklist/coverage")
                .then().statusCode(200)
                .body("calendar.source", is("MONDAY_TO_FRIDAY"))
                .body("calendar.note", containsString("no official calendar for 2030 yet"));
    }
}
