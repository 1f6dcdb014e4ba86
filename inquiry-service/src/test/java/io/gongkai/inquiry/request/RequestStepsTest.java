package io.gongkai.inquiry.request;

import static io.gongkai.inquiry.request.Requests.reply;
import static io.gongkai.inquiry.request.Requests.step;
import static io.gongkai.inquiry.request.Requests.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestStepsTest {

    @Inject
    RequestService requests;

    private static int historySize(String trackingNo) {
        return Requests.staffView(Tokens.handler(), trackingNo).extract().path("history.size()");
    }

    private static void deadlinesPassed(String trackingNo) {
        LocalDate past = LocalDate.of(2020, 1, 2);
        QuarkusTransaction.requiringNew().run(() -> {
            DisclosureRequest.update("clarificationDeadline = ?1 where trackingNo = ?2 and clarificationDeadline is not null", past, trackingNo);
            DisclosureRequest.update("feeDeadline = ?1 where trackingNo = ?2 and feeDeadline is not null", past, trackingNo);
        });
    }

    @Test
    void acceptRecordsTheStepWithTimeRoleAndReason() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "accept", Map.of("reason", "内容明确")).statusCode(200)
                .body("status", is("ACCEPTED"))
                .body("history", hasSize(2))
                .body("history[1].step", is("accept"))
                .body("history[1].actorRole", is("HANDLER"))
                .body("history[1].actor", is("handler-1"))
                .body("history[1].reason", is("内容明确"))
                .body("history[1].at", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aStepFromTheWrongStateIs409AndChangesNothing() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "accept", null).statusCode(200);
        int before = historySize(s.trackingNo());
        step(s.trackingNo(), "accept", null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("accept: not allowed while the request is ACCEPTED"));
        step(s.trackingNo(), "clarified", null).statusCode(409);
        step(s.trackingNo(), "fee-paid", null).statusCode(409);
        assertEquals(before, historySize(s.trackingNo()));
        Requests.staffView(Tokens.handler(), s.trackingNo()).body("status", is("ACCEPTED"));
    }

    @Test
    void assignSetsTheHandlerAndNeedsOne() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "assign", Map.of()).statusCode(400).body("violations.field", hasItem("handler"));
        step(s.trackingNo(), "assign", Map.of("handler", "handler-7", "reason", "招生类")).statusCode(200)
                .body("handler", is("handler-7"))
                .body("status", is("RECEIVED"))
                .body("history[1].reason", is("assigned to handler-7: 招生类"));
    }

    @Test
    void aReplyAboutOwnInformationWaitsForTheIdentityVerification() {
        Requests.Submitted s = Requests.letter(with(Requests.body(), "channel", "LETTER",
                "receivedAt", OffsetDateTime.now().minusHours(1).toString(), "ownPersonalInformation", true));
        step(s.trackingNo(), "accept", null).statusCode(200);
        step(s.trackingNo(), "reply", reply("DISCLOSED")).statusCode(409).body("detail", containsString("verify the identity"));
        step(s.trackingNo(), "verify-identity", Map.of("reason", "身份证原件已核验")).statusCode(200).body("identityVerified", is(true));
        step(s.trackingNo(), "verify-identity", null).statusCode(409);
        step(s.trackingNo(), "reply", reply("DISCLOSED")).statusCode(200).body("status", is("ANSWERED"));
    }

    @Test
    void verifyingAnIdentityNobodyAskedForIs409() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "verify-identity", null).statusCode(409);
    }

    @Test
    void askingForClarificationStopsTheClockAndTheClarifiedRequestStartsANewCount() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "ask-clarification", Map.of("reason", "请说明具体年份")).statusCode(200)
                .body("status", is("AWAITING_CLARIFICATION"))
                .body("$", not(hasKey("dueDate")))
                .body("waitingFor.action", is("clarify"))
                .body("waitingFor.deadline", org.hamcrest.Matchers.notNullValue());
        given().header("X-Access-Code", s.accessCode()).when().get("/api/v1/requests/" + s.trackingNo() + "/clock")
                .then().statusCode(200).body("clock.paused", is(true)).body("overdue", is(false));
        OffsetDateTime clarifiedAt = OffsetDateTime.now();
        String due = step(s.trackingNo(), "clarified", Map.of("receivedAt", clarifiedAt.toString())).statusCode(200)
                .body("status", is("ACCEPTED"))
                .body("history.step", hasItem("clarified"))
                .extract().path("dueDate");
        String expected = given().queryParam("receivedAt", clarifiedAt.toString()).when().get("/api/v1/calendar/due-date")
                .then().statusCode(200).extract().path("dueDate");
        assertEquals(expected, due);
    }

    @Test
    void theApplicantSendsTheClarificationWithTheCode() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "ask-clarification", null).statusCode(200);
        given().header("X-Access-Code", "WRONG").contentType("application/json").body("{}")
                .when().post("/api/v1/requests/" + s.trackingNo() + "/clarified").then().statusCode(404);
        given().header("X-Access-Code", s.accessCode()).contentType("application/json")
                .body(Map.of("receivedAt", OffsetDateTime.now().minusDays(1).toString()))
                .when().post("/api/v1/requests/" + s.trackingNo() + "/clarified").then().statusCode(400);
        given().header("X-Access-Code", s.accessCode()).contentType("application/json").body(Map.of("reason", "指2021年"))
                .when().post("/api/v1/requests/" + s.trackingNo() + "/clarified")
                .then().statusCode(200)
                .body("status", is("ACCEPTED"))
                .body("history[-1].actorRole", is("APPLICANT"))
                .body("$", not(hasKey("applicant")));
    }

    @Test
    void aClarificationTimeInTheFutureIs400() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "ask-clarification", null).statusCode(200);
        step(s.trackingNo(), "clarified", Map.of("receivedAt", OffsetDateTime.now().plusDays(1).toString())).statusCode(400)
                .body("violations.field", hasItem("receivedAt"));
        Requests.staffView(Tokens.handler(), s.trackingNo()).body("status", is("AWAITING_CLARIFICATION"));
    }

    @Test
    void theOneExtensionIsApprovedByAnAdminAndMovesTheDueDate() {
        Requests.Submitted s = Requests.letter("2024-09-09T10:00:00+08:00");
        assertEquals("2024-09-30", s.dueDate());
        step(s.trackingNo(), "accept", null).statusCode(200);
        Map<String, Object> extension = Map.of("workingDays", 5, "reason", "需调取档案", "approver", "信息公开办公室主任 李四");
        step(s.trackingNo(), "extend", extension).statusCode(403);
        step(Tokens.admin(), s.trackingNo(), "extend", extension).statusCode(200)
                .body("status", is("EXTENDED"))
                .body("dueDate", is("2024-10-12"))
                .body("extension.workingDays", is(5))
                .body("extension.approver", is("信息公开办公室主任 李四"))
                .body("history[-1].actorRole", is("ADMIN"))
                .body("history[-1].reason", containsString("approved by 信息公开办公室主任 李四"));
    }

    @Test
    void anExtensionBeyondTheMaximumIs400() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "accept", null).statusCode(200);
        step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 16, "reason", "r", "approver", "a")).statusCode(400)
                .body("violations.field", hasItem("workingDays"));
        step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 0, "reason", "r", "approver", "a")).statusCode(400);
        step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 5, "reason", "r")).statusCode(400)
                .body("violations.field", hasItem("approver"));
        Requests.staffView(Tokens.handler(), s.trackingNo()).body("status", is("ACCEPTED")).body("$", not(hasKey("extension")));
    }

    @Test
    void aSecondExtensionIs409() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "accept", null).statusCode(200);
        Map<String, Object> extension = Map.of("workingDays", 15, "reason", "r", "approver", "a");
        step(Tokens.admin(), s.trackingNo(), "extend", extension).statusCode(200);
        step(Tokens.admin(), s.trackingNo(), "extend", extension).statusCode(409).body("detail", containsString("already extended"));
    }

    @Test
    void aFeeNoticeWaitsForPaymentAndTheReplyRecordsTheFee() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "accept", null).statusCode(200);
        step(s.trackingNo(), "fee-notice", Map.of("amount", -1)).statusCode(400);
        step(s.trackingNo(), "fee-notice", Map.of("amount", 12.5, "reason", "复印 25 页")).statusCode(200)
                .body("status", is("AWAITING_FEE"))
                .body("waitingFor.action", is("pay"))
                .body("waitingFor.amount", is(12.5f));
        Requests.applicantView(s.trackingNo(), s.accessCode()).body("waitingFor.action", is("pay"));
        step(s.trackingNo(), "reply", reply("DISCLOSED")).statusCode(409);
        step(s.trackingNo(), "fee-paid", null).statusCode(200).body("status", is("ACCEPTED"));
        step(s.trackingNo(), "reply", reply("DISCLOSED")).statusCode(200)
                .body("reply.fee.amount", is(12.5f))
                .body("reply.fee.waived", is(false));
    }

    @Test
    void theReplyCarriesOutcomeTextDeliveryFormAndFee() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "accept", null).statusCode(200);
        step(s.trackingNo(), "reply", with(reply("PARTIALLY_DISCLOSED"), "legalBasis", "THIRD_PARTY_RIGHTS",
                "fee", Map.of("amount", 8, "waived", true))).statusCode(200)
                .body("status", is("ANSWERED"))
                .body("outcome", is("PARTIALLY_DISCLOSED"))
                .body("reply.outcomeName", is("部分公开"))
                .body("reply.legalBasisName", is("保护第三方合法权益"))
                .body("reply.text", is("所申请信息见附件。"))
                .body("reply.deliveryForm", is("ELECTRONIC"))
                .body("reply.fee.waived", is(true));
        Requests.applicantView(s.trackingNo(), s.accessCode()).body("reply.outcome", is("PARTIALLY_DISCLOSED"))
                .body("reply.text", is("所申请信息见附件。"));
    }

    @Test
    void aReplyWithoutAnOutcomeIs400() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "reply", with(reply("DISCLOSED"), "outcome", null)).statusCode(400)
                .body("violations.field", hasItem("outcome"));
        step(s.trackingNo(), "reply", with(reply("DISCLOSED"), "outcome", "MAYBE")).statusCode(400);
        Requests.staffView(Tokens.handler(), s.trackingNo()).body("status", is("RECEIVED"));
    }

    @Test
    void aWithheldReplyNeedsItsLegalBasis() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "reply", reply("NOT_DISCLOSED")).statusCode(400).body("violations.field", hasItem("legalBasis"));
        step(s.trackingNo(), "reply", with(reply("DISCLOSED"), "legalBasis", "STATE_SECRET")).statusCode(400);
        step(s.trackingNo(), "reply", reply("OTHER_NO_FEE")).statusCode(400).body("violations.field", hasItem("outcome"));
        step(s.trackingNo(), "reply", with(reply("NOT_DISCLOSED"), "legalBasis", "STATE_SECRET")).statusCode(200)
                .body("reply.legalBasis", is("STATE_SECRET"));
    }

    @Test
    void theApplicantWithdrawsWithTheCode() {
        Requests.Submitted s = Requests.online();
        given().header("X-Access-Code", "WRONG-CODE").contentType("application/json").body("{}")
                .when().post("/api/v1/requests/" + s.trackingNo() + "/withdraw").then().statusCode(404);
        given().header("X-Access-Code", s.accessCode()).contentType("application/json").body(Map.of("reason", "已通过其他途径获得"))
                .when().post("/api/v1/requests/" + s.trackingNo() + "/withdraw")
                .then().statusCode(200)
                .body("status", is("WITHDRAWN"))
                .body("history[-1].step", is("withdraw"))
                .body("history[-1].actorRole", is("APPLICANT"))
                .body("history[-1]", not(hasKey("actor")));
        given().header("X-Access-Code", s.accessCode()).contentType("application/json").body("{}")
                .when().post("/api/v1/requests/" + s.trackingNo() + "/withdraw").then().statusCode(409);
    }

    @Test
    void staffRecordAWithdrawalByLetter() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "withdraw", Map.of("reason", "申请人来函撤回")).statusCode(200).body("status", is("WITHDRAWN"));
    }

    @Test
    void closingBeforeTheApplicantsDeadlineIs409() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "close", null).statusCode(409);
        step(s.trackingNo(), "ask-clarification", null).statusCode(200);
        step(s.trackingNo(), "close", null).statusCode(409).body("detail", containsString("has until"));
    }

    @Test
    void aRequestWhoseClarificationDidNotComeIsClosedAsAbandoned() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "ask-clarification", null).statusCode(200);
        deadlinesPassed(s.trackingNo());
        step(s.trackingNo(), "close", Map.of("reason", "逾期未补正")).statusCode(200)
                .body("status", is("CLOSED"))
                .body("outcome", is("OTHER_NO_CLARIFICATION"))
                .body("history[-1].step", is("close"));
    }

    @Test
    void theJobClosesExpiredClarificationsAndUnpaidFees() {
        Requests.Submitted waiting = Requests.online();
        step(waiting.trackingNo(), "ask-clarification", null).statusCode(200);
        Requests.Submitted unpaid = Requests.online();
        step(unpaid.trackingNo(), "accept", null).statusCode(200);
        step(unpaid.trackingNo(), "fee-notice", Map.of("amount", 5)).statusCode(200);
        Requests.Submitted running = Requests.online();

        requests.closeExpiredWaits(OffsetDateTime.now());
        Requests.staffView(Tokens.handler(), waiting.trackingNo()).body("status", is("AWAITING_CLARIFICATION"));

        requests.closeExpiredWaits(OffsetDateTime.now().plusDays(60));
        Requests.staffView(Tokens.handler(), waiting.trackingNo())
                .body("status", is("CLOSED")).body("outcome", is("OTHER_NO_CLARIFICATION"))
                .body("history[-1].actorRole", is("SYSTEM"));
        Requests.staffView(Tokens.handler(), unpaid.trackingNo())
                .body("status", is("CLOSED")).body("outcome", is("OTHER_NO_FEE"));
        Requests.staffView(Tokens.handler(), running.trackingNo()).body("status", is("RECEIVED"));
        Requests.applicantView(unpaid.trackingNo(), unpaid.accessCode()).body("reply.outcomeName", is("其他处理：申请人逾期未缴纳费用"));
    }

    @Test
    void eachStepEmitsItsEventWithBusinessTimes() {
        Requests.Submitted s = Requests.letter(with(Requests.body(), "channel", "LETTER", "receivedAt", "2022-09-30T10:00:00+08:00",
                "applicant", with(Requests.applicant(), "type", "ORGANISATION", "subType", "COMMERCIAL")));
        step(s.trackingNo(), "ask-clarification", null).statusCode(200);
        step(s.trackingNo(), "clarified", null).statusCode(200);
        step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 3, "reason", "r", "approver", "a")).statusCode(200);
        step(s.trackingNo(), "reply", with(reply("NOT_DISCLOSED"), "legalBasis", "PROCESS_INFO", "fee", Map.of("amount", 0, "waived", false)))
                .statusCode(200);
        List<Map<String, Object>> events = Requests.events(s.trackingNo());
        assertEquals(List.of("request.received", "request.clarification-asked", "request.clarified", "request.extended", "request.answered"),
                events.stream().map(e -> e.get("type")).toList());
        Map<String, Object> received = events.get(0);
        assertEquals(java.time.Instant.parse("2022-09-30T02:00:00Z"), OffsetDateTime.parse((String) received.get("occurredAt")).toInstant());
        @SuppressWarnings("unchecked")
        Map<String, Object> answered = (Map<String, Object>) events.get(4).get("payload");
        assertEquals("NOT_DISCLOSED", answered.get("outcome"));
        assertEquals("PROCESS_INFO", answered.get("legalBasis"));
        assertEquals("ORGANISATION", answered.get("applicantType"));
        assertEquals("COMMERCIAL", answered.get("applicantSubType"));
        assertEquals(Map.of("amount", 0, "waived", false), answered.get("fee"));
    }

    @Test
    void acceptWithdrawAndCloseEmitTheirEvents() {
        Requests.Submitted accepted = Requests.online();
        step(accepted.trackingNo(), "accept", null).statusCode(200);
        step(accepted.trackingNo(), "withdraw", null).statusCode(200);
        assertEquals(List.of("request.received", "request.accepted", "request.withdrawn"),
                Requests.events(accepted.trackingNo()).stream().map(e -> e.get("type")).toList());
        Requests.Submitted abandoned = Requests.online();
        step(abandoned.trackingNo(), "ask-clarification", null).statusCode(200);
        deadlinesPassed(abandoned.trackingNo());
        step(abandoned.trackingNo(), "close", null).statusCode(200);
        List<Map<String, Object>> events = Requests.events(abandoned.trackingNo());
        assertEquals("request.closed", events.get(events.size() - 1).get("type"));
        assertEquals("OTHER_NO_CLARIFICATION", ((Map<?, ?>) events.get(events.size() - 1).get("payload")).get("outcome"));
    }

    @Test
    void aFinishedRequestAllowsNoFurtherStep() {
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "reply", reply("NOT_HELD")).statusCode(200);
        for (String next : List.of("accept", "ask-clarification", "verify-identity", "fee-paid", "withdraw", "close")) {
            step(s.trackingNo(), next, null).statusCode(409);
        }
        step(s.trackingNo(), "assign", Map.of("handler", "h")).statusCode(409);
        step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 3, "reason", "r", "approver", "a")).statusCode(409);
        step(s.trackingNo(), "fee-notice", Map.of("amount", 1)).statusCode(409);
        step(s.trackingNo(), "reply", reply("NOT_HELD")).statusCode(409);
        Requests.staffView(Tokens.handler(), s.trackingNo()).body("history", hasSize(2)).body("reply.outcome", is("NOT_HELD"))
                .body("$", not(hasKey("waitingFor"))).body("handler", nullValue());
    }
}
