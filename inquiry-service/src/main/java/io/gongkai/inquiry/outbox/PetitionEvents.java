package io.gongkai.inquiry.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What inquiry-service tells others about petitions: channel, its report group, category and times; never the contact. */
public final class PetitionEvents {

    public static final String RECEIVED = "petition.received";
    public static final String CLOSED = "petition.closed";

    private PetitionEvents() {
    }

    public record Received(String trackingNo, OffsetDateTime receivedAt, String channel, String reportGroup, String category,
                           LocalDate dueDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Closed(String trackingNo, OffsetDateTime receivedAt, OffsetDateTime repliedAt, OffsetDateTime closedAt,
                         String channel, String reportGroup, String category, String satisfaction, boolean repliedOnTime) {
    }
}
