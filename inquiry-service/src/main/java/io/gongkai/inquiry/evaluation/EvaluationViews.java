package io.gongkai.inquiry.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the evaluation API. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    @Schema(name = "EvaluationSubmission")
    public record Submission(@NotNull @Min(1) @Max(5) @Schema(example = "4") Integer rating,
                             @Size(max = 1000) String comment,
                             @Schema(description = "staff entering an evaluation received on paper: when it came (not in the future); "
                                     + "default now") OffsetDateTime receivedAt) {
    }

    @Schema(name = "EvaluationReceived", requiredProperties = {"id", "rating", "receivedAt"})
    public record Received(UUID id, int rating, OffsetDateTime receivedAt) {
    }

    @Schema(name = "EvaluationSummary", description = "Ratings of a report year: count, average (left out without any), count per rating",
            requiredProperties = {"from", "to", "count", "distribution"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(LocalDate from, LocalDate to, long count, BigDecimal average, @Schema(description = "count per rating, \"1\" to \"5\"") Map<String, Long> distribution) {
    }
}
