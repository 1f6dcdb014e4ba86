package io.gongkai.inquiry.request;

import static io.gongkai.inquiry.request.RequestStatus.ACCEPTED;
import static io.gongkai.inquiry.request.RequestStatus.ANSWERED;
import static io.gongkai.inquiry.request.RequestStatus.AWAITING_CLARIFICATION;
import static io.gongkai.inquiry.request.RequestStatus.AWAITING_FEE;
import static io.gongkai.inquiry.request.RequestStatus.CLOSED;
import static io.gongkai.inquiry.request.RequestStatus.EXTENDED;
import static io.gongkai.inquiry.request.RequestStatus.RECEIVED;
import static io.gongkai.inquiry.request.RequestStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.problem.ProblemException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestLifecycleTest {

    /** The whole table: for each step, the states it is allowed from and the state it leads to. */
    private static final Map<RequestStep, Map<RequestStatus, RequestStatus>> ALLOWED = new EnumMap<>(RequestStep.class);

    static {
        allow(RequestStep.ACCEPT, RECEIVED, ACCEPTED);
        for (RequestStatus open : List.of(RECEIVED, ACCEPTED, AWAITING_CLARIFICATION, EXTENDED, AWAITING_FEE)) {
            allow(RequestStep.ASSIGN, open, open);
            allow(RequestStep.VERIFY_IDENTITY, open, open);
            allow(RequestStep.WITHDRAW, open, WITHDRAWN);
        }
        allow(RequestStep.ASK_CLARIFICATION, RECEIVED, AWAITING_CLARIFICATION);
        allow(RequestStep.ASK_CLARIFICATION, ACCEPTED, AWAITING_CLARIFICATION);
        allow(RequestStep.CLARIFIED, AWAITING_CLARIFICATION, ACCEPTED);
        allow(RequestStep.EXTEND, ACCEPTED, EXTENDED);
        allow(RequestStep.FEE_NOTICE, ACCEPTED, AWAITING_FEE);
        allow(RequestStep.FEE_NOTICE, EXTENDED, AWAITING_FEE);
        allow(RequestStep.FEE_PAID, AWAITING_FEE, ACCEPTED);
        allow(RequestStep.REPLY, RECEIVED, ANSWERED);
        allow(RequestStep.REPLY, ACCEPTED, ANSWERED);
        allow(RequestStep.REPLY, EXTENDED, ANSWERED);
        allow(RequestStep.ABANDON, AWAITING_CLARIFICATION, CLOSED);
        allow(RequestStep.CLOSE_UNPAID, AWAITING_FEE, CLOSED);
    }

    private static void allow(RequestStep step, RequestStatus from, RequestStatus to) {
        ALLOWED.computeIfAbsent(step, s -> new EnumMap<>(RequestStatus.class)).put(from, to);
    }

    static Stream<Arguments> everyStateAndStep() {
        List<Arguments> pairs = new ArrayList<>();
        for (RequestStatus state : RequestStatus.values()) {
            for (RequestStep step : RequestStep.values()) {
                if (step != RequestStep.RECEIVE && step != RequestStep.CALENDAR_CHANGED) {
                    pairs.add(Arguments.of(state, step));
                }
            }
        }
        return pairs.stream();
    }

    /** A request in {@code state}, about the applicant's own information and not yet verified, never extended. */
    private static RequestLifecycle in(RequestStatus state) {
        return new RequestLifecycle(state, false, true, false);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndStep")
    void eachStepIsAllowedExactlyFromItsStates(RequestStatus state, RequestStep step) {
        // the identity is verified first (except for the verification step itself), so that only the state decides
        RequestLifecycle before = step == RequestStep.VERIFY_IDENTITY ? in(state) : new RequestLifecycle(state, false, true, true);
        RequestStatus expected = ALLOWED.getOrDefault(step, Map.of()).get(state);
        if (expected == null) {
            ProblemException refused = assertThrows(ProblemException.class, () -> before.apply(step));
            assertEquals(409, refused.status());
            assertTrue(refused.getMessage().startsWith(step.path() + ":"), refused.getMessage());
        } else {
            assertEquals(expected, before.apply(step).status());
        }
    }

    @Test
    void theFinalStatesAllowNothing() {
        for (RequestStatus done : List.of(ANSWERED, WITHDRAWN, CLOSED)) {
            assertFalse(done.open());
            for (RequestStep step : ALLOWED.keySet()) {
                assertThrows(ProblemException.class, () -> in(done).apply(step));
            }
        }
    }

    @Test
    void aSecondExtensionIsRefusedEvenAfterAFeeWasPaid() {
        RequestLifecycle extended = RequestLifecycle.received(false).accept().extend();
        RequestLifecycle afterFee = extended.feeNotice().feePaid();
        assertEquals(EXTENDED, afterFee.status());
        ProblemException second = assertThrows(ProblemException.class, afterFee::extend);
        assertEquals(409, second.status());
        assertTrue(second.getMessage().contains("already extended"));
    }

    @Test
    void aFeePaidReturnsToAcceptedWhenNeverExtended() {
        assertEquals(ACCEPTED, RequestLifecycle.received(false).accept().feeNotice().feePaid().status());
    }

    @Test
    void aReplyAboutOwnInformationWaitsForTheIdentity() {
        RequestLifecycle own = RequestLifecycle.received(true).accept();
        ProblemException waiting = assertThrows(ProblemException.class, own::reply);
        assertEquals(409, waiting.status());
        assertTrue(waiting.getMessage().contains("verify the identity"));
        assertEquals(ANSWERED, own.verifyIdentity().reply().status());
    }

    @Test
    void identityIsVerifiedOnceAndOnlyWhenNeeded() {
        assertThrows(ProblemException.class, () -> RequestLifecycle.received(false).verifyIdentity());
        RequestLifecycle verified = RequestLifecycle.received(true).verifyIdentity();
        assertTrue(verified.identityVerified());
        assertThrows(ProblemException.class, verified::verifyIdentity);
    }

    @Test
    void aRequestWithoutPersonalInformationIsAnsweredOnTheSpot() {
        assertEquals(ANSWERED, RequestLifecycle.received(false).reply().status());
    }

    @Test
    void aClarifiedRequestCanBeAskedAgain() {
        RequestLifecycle again = RequestLifecycle.received(false).askClarification().clarified().askClarification();
        assertEquals(AWAITING_CLARIFICATION, again.status());
        assertEquals(CLOSED, again.abandon().status());
    }
}
