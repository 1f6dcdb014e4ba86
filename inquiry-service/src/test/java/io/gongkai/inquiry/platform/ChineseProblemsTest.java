package io.gongkai.inquiry.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemLanguage;
import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem detail of this service reads in Chinese for Accept-Language: zh. */
@QuarkusTest
class ChineseProblemsTest {

    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(?!(?:NOT_DISCLOSED|PARTIALLY_DISCLOSED|WORKDAY|LETTER|ANSWERED|"
            + "RECEIVED|CLOSED|DISCLOSED|receivedAt|channel|legalBasis|outcome|workingDays|applicant|phone|email|address|subType|"
            + "category|closedOn|lawsuitRoute|relatedRequest|api|v1|petition|categories|channels|Idempotency|Key|days|kind|saturday|"
            + "verify|identity|occurredAt|date|accept|reply|ISO|monday|YSQ)\\b)[A-Za-z]{3,}\\b");

    @ParameterizedTest
    @ValueSource(strings = {
            "legalBasis: is required when the information is not disclosed",
            "legalBasis: is only for NOT_DISCLOSED and PARTIALLY_DISCLOSED",
            "outcome: OTHER_NO_FEE is recorded by closing the request, not by a reply",
            "applicant.address: is required for delivery by post",
            "applicant.email: is required for delivery by e-mail",
            "applicant.phone: give at least one way to reach the applicant (phone, email or address)",
            "applicant.subType: is only for organisations",
            "applicant.subType: is required for an organisation",
            "category: is not a petition category (see /api/v1/petition-categories)",
            "channel: is not an active petition channel (see /api/v1/petition-channels)",
            "closedOn: must be between the day received and today",
            "days[0].kind: WORKDAY is for a weekend day worked, and 2023-01-02 is a monday",
            "lawsuitRoute: is required for a LAWSUIT and only for it",
            "receivedAt: must be ISO-8601 with an offset, e.g. 2022-09-30T10:00:00+08:00",
            "receivedAt: must not be before 2000",
            "receivedAt: must not be before the clarification was asked",
            "receivedAt: only staff entering a letter set it",
            "relatedRequest: is not a known request",
            "workingDays: an extension adds 1 to 15 working days",
            "days[1].date: is listed twice",
            "days[1].date: must fall in 2023 (or late December before it)",
            "occurredAt: must not be after now",
            "occurredAt: must not be before the previous step (2022-10-10T10:00+08:00)",
            "An extension is approved by the head of the office (role admin)",
            "Cases are read by handlers, admins and auditors",
            "Cases are recorded by handlers and admins",
            "Channels are maintained by admins",
            "Only staff entering a call or a letter set receivedAt",
            "Only staff entering a letter or a visit set channel and receivedAt",
            "The summary is for handlers, admins and auditors",
            "Requests are handled by handlers and admins",
            "Petitions are read by handlers, admins and auditors",
            "verify-identity: the request is not about the applicant's own information",
            "extend: the request was already extended once",
            "reply: the request concerns the applicant's own information: verify the identity first",
            "close: only a request waiting for a clarification or a fee is closed; this one is ANSWERED",
            "close: the applicant has until 2022-10-10 to answer",
            "close: the case is already closed",
            "accept: not allowed while the request is CLOSED",
            "reply: not allowed while the petition is CLOSED",
            "The holiday calendar of 2031 has not been entered; the due date cannot be computed",
            "The calendar of 2031 does not exist",
            "This Idempotency-Key was used for a different request",
            "Too many wrong access codes; try again in 15 minutes",
            "Too many requests from this client; try again later",
            "Too many petitions from this client; try again later",
            "Too many evaluations from this client; try again later",
            "Request YSQ-2022-000001 does not exist"})
    void everyDetailHasItsChineseText(String english) {
        Problem zh = ProblemLanguage.localize(new Problem("https://gongkai.io/problems/validation", "Invalid request", 400, english,
                "/x", "r", null), "zh");
        assertFalse(zh.detail().contains(english), zh.detail());
        assertFalse(ENGLISH_WORDS.matcher(zh.detail()).find(), zh.detail());
    }

    @Test
    void theReplyWithoutALegalBasisSaysSoInChinese() {
        String no = given().auth().oauth2(Tokens.handler()).contentType("application/json")
                .body(Map.of("applicant", Map.of("type", "NATURAL_PERSON", "name", "王小明", "phone", "13912345678"),
                        "description", "申请公开的信息", "deliveryForm", "ELECTRONIC", "deliveryMethod", "COLLECT"))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("trackingNo");
        given().auth().oauth2(Tokens.handler()).contentType("application/json").body(Map.of()).when()
                .post("/api/v1/requests/" + no + "/accept").then().statusCode(200);
        String detail = given().auth().oauth2(Tokens.handler()).header("Accept-Language", "zh").contentType("application/json")
                .body(Map.of("outcome", "NOT_DISCLOSED", "text", "不予公开", "deliveryForm", "ELECTRONIC"))
                .when().post("/api/v1/requests/" + no + "/reply").then().statusCode(400)
                .header("Content-Language", "zh-CN").extract().path("detail");
        assertTrue(detail.equals("legalBasis：不予公开时必须填写"), detail);
        given().auth().oauth2(Tokens.handler()).header("Accept-Language", "zh").contentType("application/json").body(Map.of())
                .when().post("/api/v1/requests/" + no + "/accept").then().statusCode(409)
                .body("detail", is("步骤 accept：申请处于 ACCEPTED 状态时不允许"));
    }
}
