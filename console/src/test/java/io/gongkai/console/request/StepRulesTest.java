package io.gongkai.console.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.console.api.ApiViews;
import io.gongkai.console.session.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 10, 10);
    private static final Session HANDLER = new Session("t", "handler1", "handler", Long.MAX_VALUE);
    private static final Session HEAD = new Session("t", "head", "admin", Long.MAX_VALUE);
    private static final Session AUDITOR = new Session("t", "auditor1", "auditor", Long.MAX_VALUE);

    private static ApiViews.Request request(String status, boolean own, boolean verified, ApiViews.Extended extension,
                                            ApiViews.ApplicantAction waiting) {
        return new ApiViews.Request("YSQ-2022-000123", status, "ONLINE", null, null, null, false, null, "x", null, null, null,
                "ELECTRONIC", "EMAIL", own, verified, null, extension, waiting, null, null, null, 0, List.of());
    }

    @Test
    void aReceivedRequestIsAcceptedAssignedClarifiedRepliedOrWithdrawn() {
        assertEquals(List.of("accept", "assign", "ask-clarification", "reply", "withdraw"),
                StepRules.offered(request("RECEIVED", false, false, null, null), HANDLER, TODAY));
    }

    @Test
    void onlyTheOfficeHeadExtendsAndOnlyOnce() {
        assertFalse(StepRules.offered(request("ACCEPTED", false, false, null, null), HANDLER, TODAY).contains("extend"));
        assertTrue(StepRules.offered(request("ACCEPTED", false, false, null, null), HEAD, TODAY).contains("extend"));
        assertFalse(StepRules.offered(request("ACCEPTED", false, false, new ApiViews.Extended(15, "r", "head"), null), HEAD, TODAY)
                .contains("extend"));
        assertFalse(StepRules.offered(request("EXTENDED", false, false, new ApiViews.Extended(15, "r", "head"), null), HEAD, TODAY)
                .contains("extend"));
    }

    @Test
    void aRequestAboutOnesOwnInformationIsRepliedOnlyOnceTheIdentityIsVerified() {
        List<String> unverified = StepRules.offered(request("ACCEPTED", true, false, null, null), HANDLER, TODAY);
        assertTrue(unverified.contains("verify-identity"));
        assertFalse(unverified.contains("reply"));
        List<String> verified = StepRules.offered(request("ACCEPTED", true, true, null, null), HANDLER, TODAY);
        assertFalse(verified.contains("verify-identity"));
        assertTrue(verified.contains("reply"));
    }

    @Test
    void aWaitingRequestIsClosedOnlyAfterTheApplicantsDeadline() {
        ApiViews.ApplicantAction until10th = new ApiViews.ApplicantAction("clarify", TODAY, null);
        assertEquals(List.of("assign", "clarified", "withdraw"),
                StepRules.offered(request("AWAITING_CLARIFICATION", false, false, null, until10th), HANDLER, TODAY));
        assertEquals(List.of("assign", "clarified", "close", "withdraw"),
                StepRules.offered(request("AWAITING_CLARIFICATION", false, false, null, until10th), HANDLER, TODAY.plusDays(1)));
        assertEquals(List.of("assign", "fee-paid", "close", "withdraw"),
                StepRules.offered(request("AWAITING_FEE", false, false, null, new ApiViews.ApplicantAction("pay", TODAY.minusDays(1), null)),
                        HANDLER, TODAY));
        assertEquals(List.of("assign", "fee-notice", "reply", "withdraw"),
                StepRules.offered(request("EXTENDED", false, false, new ApiViews.Extended(5, "r", "head"), null), HANDLER, TODAY));
    }

    @Test
    void finishedRequestsAndAuditorsGetNoStep() {
        for (String status : List.of("ANSWERED", "WITHDRAWN", "CLOSED")) {
            assertEquals(List.of(), StepRules.offered(request(status, false, false, null, null), HEAD, TODAY), status);
        }
        assertEquals(List.of(), StepRules.offered(request("RECEIVED", false, false, null, null), AUDITOR, TODAY));
    }
}
