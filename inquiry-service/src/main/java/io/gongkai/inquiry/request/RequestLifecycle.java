package io.gongkai.inquiry.request;

import static io.gongkai.inquiry.request.RequestStatus.ACCEPTED;
import static io.gongkai.inquiry.request.RequestStatus.ANSWERED;
import static io.gongkai.inquiry.request.RequestStatus.AWAITING_CLARIFICATION;
import static io.gongkai.inquiry.request.RequestStatus.AWAITING_FEE;
import static io.gongkai.inquiry.request.RequestStatus.CLOSED;
import static io.gongkai.inquiry.request.RequestStatus.EXTENDED;
import static io.gongkai.inquiry.request.RequestStatus.RECEIVED;
import static io.gongkai.inquiry.request.RequestStatus.WITHDRAWN;

import io.gongkai.commons.problem.ProblemException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of a disclosure request, pure: one method per step, each answering the state after
 * it or a 409 problem when the step is not allowed now. Besides the status it keeps the two facts that
 * decide steps without being states: whether the one extension was used, and whether a request about
 * the applicant's own information has had the identity verified (the reply waits for it).
 *
 * <pre>
 * RECEIVED ─accept→ ACCEPTED ─extend→ EXTENDED
 * RECEIVED|ACCEPTED ─ask-clarification→ AWAITING_CLARIFICATION ─clarified→ ACCEPTED (a new count)
 *                                                              ─close (abandoned)→ CLOSED
 * ACCEPTED|EXTENDED ─fee-notice→ AWAITING_FEE ─fee-paid→ ACCEPTED|EXTENDED, ─close (unpaid)→ CLOSED
 * RECEIVED (on the spot)|ACCEPTED|EXTENDED ─reply→ ANSWERED
 * any open state ─withdraw→ WITHDRAWN; assign and verify-identity keep the state
 * </pre>
 */
public record RequestLifecycle(RequestStatus status, boolean extended, boolean identityRequired, boolean identityVerified) {

    private static final Set<RequestStatus> OPEN = EnumSet.of(RECEIVED, ACCEPTED, AWAITING_CLARIFICATION, EXTENDED, AWAITING_FEE);

    /** A request just received; {@code ownInformation}: it concerns the applicant's own personal information. */
    public static RequestLifecycle received(boolean ownInformation) {
        return new RequestLifecycle(RECEIVED, false, ownInformation, false);
    }

    public RequestLifecycle accept() {
        require(RequestStep.ACCEPT, EnumSet.of(RECEIVED));
        return to(ACCEPTED);
    }

    /** Assigning (or re-assigning) a handler does not change the status. */
    public RequestLifecycle assign() {
        require(RequestStep.ASSIGN, OPEN);
        return this;
    }

    public RequestLifecycle verifyIdentity() {
        require(RequestStep.VERIFY_IDENTITY, OPEN);
        if (!identityRequired) {
            throw conflict(RequestStep.VERIFY_IDENTITY, "the request is not about the applicant's own information");
        }
        if (identityVerified) {
            throw conflict(RequestStep.VERIFY_IDENTITY, "the identity is already verified");
        }
        return new RequestLifecycle(status, extended, true, true);
    }

    public RequestLifecycle askClarification() {
        require(RequestStep.ASK_CLARIFICATION, EnumSet.of(RECEIVED, ACCEPTED));
        return to(AWAITING_CLARIFICATION);
    }

    /** The clarified request is handled, on a count of its own. */
    public RequestLifecycle clarified() {
        require(RequestStep.CLARIFIED, EnumSet.of(AWAITING_CLARIFICATION));
        return to(ACCEPTED);
    }

    /** The one extension the rules allow. */
    public RequestLifecycle extend() {
        if (extended) {
            throw conflict(RequestStep.EXTEND, "the request was already extended once");
        }
        require(RequestStep.EXTEND, EnumSet.of(ACCEPTED));
        return new RequestLifecycle(EXTENDED, true, identityRequired, identityVerified);
    }

    public RequestLifecycle feeNotice() {
        require(RequestStep.FEE_NOTICE, EnumSet.of(ACCEPTED, EXTENDED));
        return to(AWAITING_FEE);
    }

    public RequestLifecycle feePaid() {
        require(RequestStep.FEE_PAID, EnumSet.of(AWAITING_FEE));
        return to(extended ? EXTENDED : ACCEPTED);
    }

    public RequestLifecycle reply() {
        require(RequestStep.REPLY, EnumSet.of(RECEIVED, ACCEPTED, EXTENDED));
        if (identityRequired && !identityVerified) {
            throw conflict(RequestStep.REPLY, "the request concerns the applicant's own information: verify the identity first");
        }
        return to(ANSWERED);
    }

    public RequestLifecycle withdraw() {
        require(RequestStep.WITHDRAW, OPEN);
        return to(WITHDRAWN);
    }

    /** Closed as abandoned: the clarification did not come in time (OTHER_NO_CLARIFICATION). */
    public RequestLifecycle abandon() {
        require(RequestStep.ABANDON, EnumSet.of(AWAITING_CLARIFICATION));
        return to(CLOSED);
    }

    /** Closed because the fee was not paid by its deadline (OTHER_NO_FEE). */
    public RequestLifecycle closeUnpaid() {
        require(RequestStep.CLOSE_UNPAID, EnumSet.of(AWAITING_FEE));
        return to(CLOSED);
    }

    /** Applies a step by name: what the resource's /{step} and the tests use. */
    public RequestLifecycle apply(RequestStep step) {
        return switch (step) {
            case ACCEPT -> accept();
            case ASSIGN -> assign();
            case VERIFY_IDENTITY -> verifyIdentity();
            case ASK_CLARIFICATION -> askClarification();
            case CLARIFIED -> clarified();
            case EXTEND -> extend();
            case FEE_NOTICE -> feeNotice();
            case FEE_PAID -> feePaid();
            case REPLY -> reply();
            case WITHDRAW -> withdraw();
            case ABANDON -> abandon();
            case CLOSE_UNPAID -> closeUnpaid();
            case RECEIVE, CALENDAR_CHANGED -> throw new IllegalArgumentException(step + " is not a step of the lifecycle");
        };
    }

    private RequestLifecycle to(RequestStatus next) {
        return new RequestLifecycle(next, extended, identityRequired, identityVerified);
    }

    private void require(RequestStep step, Set<RequestStatus> allowedFrom) {
        if (!allowedFrom.contains(status)) {
            throw conflict(step, "not allowed while the request is " + status);
        }
    }

    private static ProblemException conflict(RequestStep step, String why) {
        return new ProblemException(409, "wrong-state", "Step not allowed now", step.path() + ": " + why);
    }
}
