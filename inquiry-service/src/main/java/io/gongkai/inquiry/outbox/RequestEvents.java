package io.gongkai.inquiry.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What inquiry-service tells others about requests: business times, codes and counts for the annual
 * report (table 三 counts by applicant type and sub-type), never a name, number or address.
 */
public final class RequestEvents {

    public static final String RECEIVED = "request.received";
    public static final String ACCEPTED = "request.accepted";
    public static final String CLARIFICATION_ASKED = "request.clarification-asked";
    public static final String CLARIFIED = "request.clarified";
    public static final String EXTENDED = "request.extended";
    public static final String ANSWERED = "request.answered";
    public static final String WITHDRAWN = "request.withdrawn";
    public static final String CLOSED = "request.closed";

    private RequestEvents() {
    }

    public record Received(String trackingNo, OffsetDateTime receivedAt, LocalDate effectiveReceipt, LocalDate dueDate,
                           String channel, String applicantType, String applicantSubType, boolean ownPersonalInformation) {
    }

    /** accepted, clarification-asked: the step's time. */
    public record Stepped(String trackingNo, OffsetDateTime receivedAt, OffsetDateTime at) {
    }

    public record Clarified(String trackingNo, OffsetDateTime receivedAt, OffsetDateTime clarifiedAt, LocalDate dueDate) {
    }

    public record Extended(String trackingNo, OffsetDateTime receivedAt, OffsetDateTime at, int workingDays, LocalDate dueDate) {
    }

    public record Fee(BigDecimal amount, boolean waived) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answered(String trackingNo, OffsetDateTime receivedAt, OffsetDateTime answeredAt, String outcome,
                           String legalBasis, String applicantType, String applicantSubType, Fee fee, LocalDate dueDate,
                           boolean onTime) {
    }

    /** withdrawn, closed (outcome OTHER_NO_CLARIFICATION or OTHER_NO_FEE; null when withdrawn). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ended(String trackingNo, OffsetDateTime receivedAt, OffsetDateTime endedAt, String outcome,
                        String applicantType, String applicantSubType) {
    }
}
