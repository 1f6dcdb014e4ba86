package io.gongkai.inquiry.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NextYearCalendarTest {

    @Test
    void fromTheFirstOfNovemberAMissingNextYearIsAWarning() {
        assertTrue(NextYearCalendar.warning(LocalDate.of(2026, 10, 31), List.of(2026)).isEmpty());
        assertTrue(NextYearCalendar.warning(LocalDate.of(2026, 11, 1), List.of(2026)).orElseThrow().contains("2027"));
        assertTrue(NextYearCalendar.warning(LocalDate.of(2026, 12, 31), List.of(2026)).isPresent());
        assertTrue(NextYearCalendar.warning(LocalDate.of(2026, 11, 1), List.of(2026, 2027)).isEmpty());
        assertTrue(NextYearCalendar.warning(LocalDate.of(2027, 1, 5), List.of(2026)).isEmpty());
    }

    @Test
    void theHealthCheckWarnsAndStaysUp() {
        String warning = given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("UP"))
                .body("checks.name", hasItem("next-year-calendar"))
                .extract().path("checks.find { it.name == 'next-year-calendar' }.data.warning");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        boolean entered = given().when().get("/api/v1/calendar").then().extract().<List<Integer>>path("$").contains(today.getYear() + 1);
        assertEquals(NextYearCalendar.warning(today, entered ? List.of(today.getYear() + 1) : List.of()).orElse("none"), warning);
    }
}
