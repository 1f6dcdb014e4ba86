package io.gongkai.inquiry.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestClockResourceTest {

    @Test
    void theClockExplainsTheRulesExampleDayByDay() {
        Requests.Submitted s = Requests.letter("2022-09-30T10:00:00+08:00");
        given().header("X-Access-Code", s.accessCode()).when().get("/api/v1/requests/" + s.trackingNo() + "/clock")
                .then().statusCode(200)
                .body("trackingNo", is(s.trackingNo()))
                .body("clock.effectiveReceipt", is("2022-09-30"))
                .body("clock.effectiveReceiptReason", containsString("within office hours"))
                .body("clock.workingDays", is(15))
                .body("clock.dueDate", is("2022-10-26"))
                .body("clock.days", hasSize(27))
                .body("clock.days.find { it.date == '2022-10-03' }.counting", is("SKIPPED"))
                .body("clock.days.find { it.date == '2022-10-03' }.reason", containsString("holiday 国庆节"))
                .body("clock.days.find { it.date == '2022-10-08' }.dayType", is("MAKE_UP_WORKING_DAY"))
                .body("clock.days.find { it.date == '2022-10-08' }.count", is(1))
                .body("clock.days.find { it.date == '2022-10-26' }.count", is(15))
                .body("yearsWithoutCalendar", empty());
    }

    @Test
    void everyReasonCarriesACodeWithItsParams() {
        Requests.Submitted s = Requests.letter("2022-09-30T17:30:00+08:00");
        given().header("X-Access-Code", s.accessCode()).when().get("/api/v1/requests/" + s.trackingNo() + "/clock")
                .then().statusCode(200)
                .body("clock.effectiveReceiptExplained.code", is("next-working-day"))
                .body("clock.effectiveReceiptExplained.params.circumstance", is("received-after-hours"))
                .body("clock.effectiveReceiptExplained.params.effectiveReceipt", is("2022-10-08"))
                .body("clock.effectiveReceiptExplained.params.opens", is("08:00"))
                .body("clock.days.find { it.date == '2022-09-30' }.code", is("received-after-hours"))
                .body("clock.days.find { it.date == '2022-09-30' }.params.closes", is("17:00"))
                .body("clock.days.find { it.date == '2022-10-03' }.code", is("holiday"))
                .body("clock.days.find { it.date == '2022-10-03' }.params.holiday", is("国庆节"))
                .body("clock.days.find { it.date == '2022-10-08' }.code", is("effective-receipt"))
                .body("clock.days.find { it.date == '2022-10-09' }.code", is("working-day"))
                .body("clock.days.find { it.date == '2022-10-09' }.params.n", is(1))
                .body("clock.days.find { it.date == '2022-10-09' }.params.of", is(15))
                .body("clock.days.find { it.date == '2022-10-09' }.params.makeUp", is(true))
                .body("clock.days.find { it.date == '2022-10-15' }.code", is("weekend"))
                .body("clock.days.find { it.date == '2022-10-27' }.params.due", is(true))
                .body("clock.days.code", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
        // the history lines too
        Requests.step(s.trackingNo(), "assign", Map.of("handler", "handler-7")).statusCode(200);
        Requests.staffView(Tokens.handler(), s.trackingNo()).statusCode(200)
                .body("history.find { it.step == 'receive' }.code", is("received-by"))
                .body("history.find { it.step == 'receive' }.params.channel", is("LETTER"))
                .body("history.find { it.step == 'assign' }.code", is("assigned-to"))
                .body("history.find { it.step == 'assign' }.params.handler", is("handler-7"));
    }

    @Test
    void staffReadTheClockWithTheirToken() {
        Requests.Submitted s = Requests.letter("2022-09-30T17:30:00+08:00");
        for (String token : new String[] {Tokens.handler(), Tokens.admin(), Tokens.auditor()}) {
            given().auth().oauth2(token).when().get("/api/v1/requests/" + s.trackingNo() + "/clock")
                    .then().statusCode(200)
                    .body("clock.effectiveReceipt", is("2022-10-08"))
                    .body("clock.effectiveReceiptReason", containsString("after office hours"))
                    .body("clock.dueDate", is("2022-10-27"));
        }
    }

    @Test
    void theClockNeedsTheCodeOrAToken() {
        Requests.Submitted s = Requests.online();
        given().when().get("/api/v1/requests/" + s.trackingNo() + "/clock").then().statusCode(401);
        given().header("X-Access-Code", "NOT-IT").when().get("/api/v1/requests/" + s.trackingNo() + "/clock").then().statusCode(404);
        given().header("X-Access-Code", "NOT-IT").when().get("/api/v1/requests/YSQ-22-1/clock").then().statusCode(400);
    }

    @Test
    void theExtensionShowsInTheClock() {
        Requests.Submitted s = Requests.letter("2024-09-09T10:00:00+08:00");
        Requests.step(s.trackingNo(), "accept", null).statusCode(200);
        Requests.step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 5, "reason", "r", "approver", "a")).statusCode(200);
        given().auth().oauth2(Tokens.handler()).when().get("/api/v1/requests/" + s.trackingNo() + "/clock")
                .then().statusCode(200)
                .body("clock.regularDueDate", is("2024-09-30"))
                .body("clock.extensionWorkingDays", is(5))
                .body("clock.dueDate", is("2024-10-12"))
                .body("clock.days.find { it.date == '2024-10-12' }.counting", is("EXTENSION"));
    }
}
