package io.gongkai.inquiry.request;

/**
 * Where a disclosure request stands (the public API, plus AWAITING_FEE for the fee notice). ANSWERED, WITHDRAWN
 * and CLOSED are final; CLOSED means ended without an answer (abandoned, fee unpaid).
 */
public enum RequestStatus {
    RECEIVED, ACCEPTED, AWAITING_CLARIFICATION, EXTENDED, AWAITING_FEE, ANSWERED, WITHDRAWN, CLOSED;

    public boolean open() {
        return this != ANSWERED && this != WITHDRAWN && this != CLOSED;
    }

    /** The statutory clock stands still while the applicant is asked to clarify. */
    public boolean clockRunning() {
        return open() && this != AWAITING_CLARIFICATION;
    }
}
