package io.gongkai.inquiry.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarResourceTest {

    /** A notice for {@code year}: New Year's Day off, and its first Saturday worked. */
    private static String notice(int year, String... extraDays) {
        java.time.LocalDate saturday = java.time.LocalDate.of(year, 1, 1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
        StringBuilder days = new StringBuilder("{\"date\": \"" + year + "-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"},"
                + "{\"date\": \"" + saturday + "\", \"kind\": \"WORKDAY\", \"name\": \"元旦\"}");
        for (String extra : extraDays) {
            days.append(',').append(extra);
        }
        return "{\"source\": \"国务院办公厅关于" + year + "年部分节假日安排的通知\", \"days\": [" + days + "]}";
    }

    @Test
    void theSeededYearsAreListed() {
        given().when().get("/api/v1/calendar")
                .then().statusCode(200)
                .body("$", hasItems(2022, 2023, 2024, 2025, 2026));
    }

    @Test
    void theCalendarOf2022HasItsMakeUpDaysAndWorkingDayCount() {
        given().when().get("/api/v1/calendar/2022")
                .then().statusCode(200)
                .header("ETag", containsString("0"))
                .body("year", is(2022))
                .body("days", hasSize(39))
                .body("days.find { it.date == '2022-10-08' }.kind", is("WORKDAY"))
                .body("days.find { it.date == '2022-10-03' }.name", is("国庆节"))
                // 260 weekdays less 17 weekday holidays, plus 6 make-up weekend days
                .body("workingDays", is(249));
    }

    @Test
    void aYearNotEnteredIs404() {
        given().when().get("/api/v1/calendar/2039")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theDueDateFollowsTheRulesExample() {
        given().queryParam("receivedAt", "2022-09-30T10:00:00+08:00")
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(200)
                .body("effectiveReceipt", is("2022-09-30"))
                .body("workingDays", is(15))
                .body("dueDate", is("2022-10-26"));
    }

    @Test
    void aDueDateInAYearWithoutCalendarIs422() {
        given().queryParam("receivedAt", "2041-03-01T10:00:00+08:00")
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("2041"));
    }

    @Test
    void aBadReceiptTimeIs400() {
        for (String bad : new String[] {"yesterday", "2022-09-30", "2022-13-40T10:00:00+08:00", ""}) {
            given().queryParam("receivedAt", bad)
                    .when().get("/api/v1/calendar/due-date")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", is("receivedAt"));
        }
    }

    @Test
    void anAdminEntersAYearAndItDrivesTheClock() {
        String holidayMonday = "{\"date\": \"2040-01-02\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"}";
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(notice(2040, holidayMonday))
                .when().put("/api/v1/calendar/2040")
                .then().statusCode(200)
                .body("days", hasSize(3))
                .body("source", containsString("2040"));
        // received on the Monday the notice made a holiday: the clock starts on Tuesday
        given().queryParam("receivedAt", "2040-01-02T10:00:00+08:00")
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(200)
                .body("effectiveReceipt", is("2040-01-03"));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(notice(2042))
                .when().put("/api/v1/calendar/2042").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").header("If-Match", "\"999\"")
                .body(notice(2042, "{\"date\": \"2042-05-01\", \"kind\": \"HOLIDAY\", \"name\": \"劳动节\"}"))
                .when().put("/api/v1/calendar/2042")
                .then().statusCode(412)
                .contentType("application/problem+json");
        given().when().get("/api/v1/calendar/2042").then().statusCode(200).body("days", hasSize(2));
    }

    @Test
    void badCalendarsAre400AndChangeNothing() {
        String[] bad = {
            // a date outside the year
            notice(2043, "{\"date\": \"2044-01-07\", \"kind\": \"HOLIDAY\", \"name\": \"x\"}"),
            // a weekday marked as a make-up working day (2043-01-07 is a Wednesday)
            notice(2043, "{\"date\": \"2043-01-07\", \"kind\": \"WORKDAY\", \"name\": \"x\"}"),
            // a date listed twice
            notice(2043, "{\"date\": \"2043-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"}"),
            // an unknown kind
            notice(2043, "{\"date\": \"2043-01-02\", \"kind\": \"PARTY\", \"name\": \"x\"}"),
            // an impossible date
            notice(2043, "{\"date\": \"2043-02-30\", \"kind\": \"HOLIDAY\", \"name\": \"x\"}"),
            // no source
            notice(2043).replace("\"source\": \"国务院办公厅关于2043年部分节假日安排的通知\",", ""),
            // wrong types
            "{\"source\": \"x\", \"days\": \"soon\"}",
            "{\"source\": \"x\", \"days\": [42]}",
        };
        for (String body : bad) {
            given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                    .when().put("/api/v1/calendar/2043")
                    .then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().when().get("/api/v1/calendar/2043").then().statusCode(404);
    }

    @Test
    void onlyAnAdminMayEnterACalendar() {
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(notice(2045))
                .when().put("/api/v1/calendar/2045")
                .then().statusCode(403);
        given().contentType("application/json").body(notice(2045))
                .when().put("/api/v1/calendar/2045")
                .then().statusCode(401);
    }
}
