package io.gongkai.inquiry.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestAccessTest {

    @Test
    void theApplicantFollowsTheRequestWithTheAccessCode() {
        Requests.Submitted s = Requests.online();
        Requests.applicantView(s.trackingNo(), s.accessCode()).statusCode(200)
                .body("trackingNo", is(s.trackingNo()))
                .body("status", is("RECEIVED"))
                .body("dueDate", is(s.dueDate()))
                .body("overdue", is(false))
                .body("history[0].step", is("receive"))
                .body("history[0].actorRole", is("APPLICANT"))
                .body("$", not(hasKey("applicant")));
    }

    @Test
    void theApplicantDoesNotSeeWhoHandlesTheRequestInside() {
        Requests.Submitted s = Requests.online();
        Requests.step(s.trackingNo(), "assign", Map.of("handler", "handler-9")).statusCode(200);
        Requests.step(s.trackingNo(), "accept", null).statusCode(200);
        String view = Requests.applicantView(s.trackingNo(), s.accessCode()).statusCode(200)
                .body("history.step", org.hamcrest.Matchers.contains("receive", "accept"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(view.contains("handler-"), view);
    }

    @Test
    void theCodeIsReadWithoutDashesOrCase() {
        Requests.Submitted s = Requests.online();
        Requests.applicantView(s.trackingNo(), s.accessCode().replace("-", "").toLowerCase()).statusCode(200);
    }

    @Test
    void wrongAccessCodeLooksLikeUnknownRequest() {
        Requests.Submitted s = Requests.online();
        Map<String, Object> wrong = Requests.applicantView(s.trackingNo(), "AAAAA-AAAAA-AAAAA-AAAAA")
                .statusCode(404).contentType("application/problem+json").extract().as(Map.class);
        // a number of its own: the wrong-code counts of a number outlive a test run
        String unknownNo = String.format("YSQ-2019-%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        Map<String, Object> unknown = Requests.applicantView(unknownNo, "AAAAA-AAAAA-AAAAA-AAAAA")
                .statusCode(404).contentType("application/problem+json").extract().as(Map.class);
        assertEquals(wrong.get("title"), unknown.get("title"));
        assertEquals(wrong.get("type"), unknown.get("type"));
        assertEquals(((String) wrong.get("detail")).replace(s.trackingNo(), "N"), ((String) unknown.get("detail")).replace(unknownNo, "N"));
    }

    @Test
    void repeatedWrongCodesAreThrottledPerNumberButTheRightCodeStillOpens() {
        Requests.Submitted s = Requests.online();
        String stranger = Clients.address();
        for (int i = 0; i < 5; i++) {
            Requests.applicantView(stranger, s.trackingNo(), "WRONG-" + i).statusCode(404);
        }
        // Retry-After: the seconds left in the throttle's window (15 minutes by default)
        Requests.applicantView(stranger, s.trackingNo(), "WRONG-6").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // a wrong code from anywhere else is refused too: the number's guesses are used up
        Requests.applicantView(Clients.address(), s.trackingNo(), "WRONG-7").statusCode(429);
        // the stranger cannot lock the applicant out: the right code opens the request from the applicant's address
        Requests.applicantView(Clients.address(), s.trackingNo(), s.accessCode()).statusCode(200).body("trackingNo", is(s.trackingNo()));
        // another number is not affected
        Requests.Submitted other = Requests.online();
        Requests.applicantView(other.trackingNo(), other.accessCode()).statusCode(200);
    }

    @Test
    void aFloodOfInventedNumbersDoesNotResetTheCountsOfRealOnes() {
        Requests.Submitted s = Requests.online();
        String stranger = Clients.address();
        for (int i = 0; i < 5; i++) {
            Requests.applicantView(stranger, s.trackingNo(), "WRONG-" + i).statusCode(404);
        }
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int client = 0; client < 4; client++) {
            String flooder = Clients.address();
            for (int i = 0; i < 15; i++) {
                Requests.applicantView(flooder, String.format("YSQ-2019-%06d", random.nextInt(1_000_000)), "WRONG").statusCode(404);
            }
        }
        // the counts are kept past the sweep that keeps the store bounded
        io.quarkus.arc.Arc.container().instance(io.gongkai.inquiry.security.LimitStore.class).get().sweep(1_000_000);
        Requests.applicantView(stranger, s.trackingNo(), "WRONG-6").statusCode(429);
        Requests.applicantView(s.trackingNo(), s.accessCode()).statusCode(200);
    }

    @Test
    void aTrackingNumberOfAnotherFormatIs400() {
        for (String bad : new String[] {"XF-2022-000001", "YSQ-22-1", "YSQ-2022-0000001", "ysq-2022-000001", "123"}) {
            given().header("X-Access-Code", "X").when().get("/api/v1/requests/" + bad)
                    .then().statusCode(400).contentType("application/problem+json");
            given().auth().oauth2(Tokens.handler()).when().get("/api/v1/requests/" + bad)
                    .then().statusCode(400);
        }
    }

    @Test
    void aTrackingNumberOfAnotherYearIsUnknown() {
        Requests.Submitted s = Requests.letter("2022-10-10T10:00:00+08:00");
        String otherYear = s.trackingNo().replace("YSQ-2022-", "YSQ-2021-");
        Requests.staffView(Tokens.handler(), otherYear).statusCode(404);
        Requests.applicantView(otherYear, s.accessCode()).statusCode(404);
    }

    @Test
    void handlersAndAdminsSeeTheApplicant() {
        Requests.Submitted s = Requests.online();
        for (String token : new String[] {Tokens.handler(), Tokens.admin()}) {
            Requests.staffView(token, s.trackingNo()).statusCode(200)
                    .body("applicant.name", is("王小明"))
                    .body("applicant.phone", is("13912345678"))
                    .body("applicant.masked", is(false));
        }
    }

    @Test
    void auditorsSeeTheApplicantMasked() {
        Requests.Submitted s = Requests.online();
        Requests.staffView(Tokens.auditor(), s.trackingNo()).statusCode(200)
                .body("applicant.masked", is(true))
                .body("applicant.name", is("王**"))
                .body("applicant.phone", is("139******78"))
                .body("applicant.idNumber", is("220*************34"))
                .body("applicant.email", is("w***@example.cn"))
                .body("applicant.address", is("吉林省***"))
                .body("applicant.type", is("NATURAL_PERSON"));
    }

    @Test
    void theStaffViewNeedsAToken() {
        Requests.Submitted s = Requests.online();
        given().when().get("/api/v1/requests/" + s.trackingNo())
                .then().statusCode(401).contentType("application/problem+json");
        Requests.staffView(Tokens.editor("教务处"), s.trackingNo()).statusCode(403);
        Requests.staffView(Tokens.expired("handler"), s.trackingNo()).statusCode(401);
    }

    @Test
    void theListIsForStaffOnly() {
        given().when().get("/api/v1/requests").then().statusCode(401);
        given().auth().oauth2(Tokens.editor("教务处")).when().get("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/requests").then().statusCode(200);
    }

    @Test
    void staffStepsNeedHandlerOrAdmin() {
        Requests.Submitted s = Requests.online();
        given().contentType("application/json").body("{}").when().post("/api/v1/requests/" + s.trackingNo() + "/accept")
                .then().statusCode(401);
        Requests.step(Tokens.auditor(), s.trackingNo(), "accept", null).statusCode(403);
        // an applicant's code does not open staff steps
        given().header("X-Access-Code", s.accessCode()).contentType("application/json").body("{}")
                .when().post("/api/v1/requests/" + s.trackingNo() + "/accept").then().statusCode(401);
        Requests.staffView(Tokens.handler(), s.trackingNo()).body("status", is("RECEIVED"))
                .body("handler", nullValue());
    }

    @Test
    void unknownRequestIs404ForStaff() {
        Requests.staffView(Tokens.handler(), "YSQ-2020-999999").statusCode(404).contentType("application/problem+json");
        Requests.step("YSQ-2020-999999", "accept", null).statusCode(404);
        given().auth().oauth2(Tokens.handler()).when().get("/api/v1/requests/YSQ-2020-999999/clock").then().statusCode(404)
                .body("violations", nullValue());
        // (an unknown enum in a query parameter answers 404 until commons' parameter-conversion mapper lands)
        given().auth().oauth2(Tokens.handler()).when().get("/api/v1/requests?limit=0").then().statusCode(400)
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("limit")));
    }
}
