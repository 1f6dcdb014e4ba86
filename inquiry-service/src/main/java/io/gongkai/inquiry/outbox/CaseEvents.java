package io.gongkai.inquiry.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Cases and evaluations as others see them: kinds, results, dates and ratings; never a comment or a subject. */
public final class CaseEvents {

    public static final String CASE_RECEIVED = "case.received";
    public static final String CASE_CLOSED = "case.closed";
    public static final String EVALUATION_RECEIVED = "evaluation.received";

    private CaseEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseReceived(String kind, String lawsuitRoute, LocalDate receivedOn, String relatedRequest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseClosed(String kind, String lawsuitRoute, LocalDate receivedOn, LocalDate closedOn, String result) {
    }

    public record EvaluationReceived(int rating, OffsetDateTime receivedAt) {
    }
}
