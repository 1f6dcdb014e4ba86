package io.gongkai.inquiry.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarChangeTest {

    private static void putCalendar(Map<String, Object> calendar) {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(calendar)
                .when().put("/api/v1/calendar/2026").then().statusCode(200);
    }

    @Test
    void anAdminsChangeOfTheCalendarRecomputesOpenRequestsAndTheirHistorySaysSo() {
        // Mon 30 Nov 2026 10:00: 15 working days end on Mon 21 Dec
        Requests.Submitted open = Requests.letter("2026-11-30T10:00:00+08:00");
        Requests.Submitted answered = Requests.letter("2026-11-30T10:00:00+08:00");
        assertEquals("2026-12-21", open.dueDate());
        Requests.step(answered.trackingNo(), "reply", Requests.reply("DISCLOSED")).statusCode(200);

        Map<String, Object> original = given().when().get("/api/v1/calendar/2026").then().statusCode(200).extract().as(Map.class);
        Map<String, Object> changed = new HashMap<>();
        changed.put("source", original.get("source"));
        @SuppressWarnings("unchecked")
        List<Object> days = new ArrayList<>((List<Object>) original.get("days"));
        days.add(Map.of("date", "2026-12-10", "kind", "HOLIDAY", "name", "测试假日"));
        changed.put("days", days);
        try {
            putCalendar(changed);
            Requests.staffView(Tokens.handler(), open.trackingNo()).statusCode(200)
                    .body("dueDate", is("2026-12-22"))
                    .body("history[-1].step", is("calendar"))
                    .body("history[-1].actorRole", is("ADMIN"))
                    .body("history[-1].reason", containsString("the calendar of 2026 changed: due date 2026-12-21 → 2026-12-22"));
            Requests.staffView(Tokens.handler(), answered.trackingNo()).statusCode(200)
                    .body("dueDate", is("2026-12-21"))
                    .body("history[-1].step", is("reply"));
        } finally {
            Map<String, Object> restore = new HashMap<>();
            restore.put("source", original.get("source"));
            restore.put("days", original.get("days"));
            putCalendar(restore);
        }
        Requests.staffView(Tokens.handler(), open.trackingNo()).body("dueDate", is("2026-12-21"));
    }
}
