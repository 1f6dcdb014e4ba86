package io.gongkai.inquiry.disclosurecase;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the case API. */
public final class CaseViews {

    private CaseViews() {
    }

    @Schema(name = "CaseSubmission")
    public record Submission(
            @NotNull DisclosureCase.Kind kind,
            @Schema(description = "only for LAWSUIT: brought directly or after a review") DisclosureCase.LawsuitRoute lawsuitRoute,
            @NotNull LocalDate receivedOn,
            @NotBlank @Size(max = 500) String subject,
            @Pattern(regexp = "YSQ-\\d{4}-\\d{6}", message = "must look like YSQ-2022-000123")
            @Schema(description = "the request it is about, if any") String relatedRequest) {
    }

    @Schema(name = "CaseClosing")
    public record Closing(@NotNull DisclosureCase.Result result, @NotNull LocalDate closedOn, @Size(max = 2000) String note) {
    }

    @Schema(name = "Case", description = "A complaint, review or lawsuit about the disclosure work",
            requiredProperties = {"id", "kind", "receivedOn", "subject", "status", "version"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(UUID id, DisclosureCase.Kind kind, DisclosureCase.LawsuitRoute lawsuitRoute, LocalDate receivedOn,
                       String subject, String relatedRequest, DisclosureCase.Status status, DisclosureCase.Result result,
                       LocalDate closedOn, String note, long version) {

        static View of(DisclosureCase c) {
            return new View(c.id, c.kind, c.lawsuitRoute, c.receivedOn, c.subject, c.relatedRequest, c.status, c.result,
                    c.closedOn, c.note, c.version);
        }
    }

    @Schema(name = "CasePage", requiredProperties = {"items", "nextCursor"})
    public record Page(List<View> items,
                       @Schema(nullable = true, description = "the cursor of the next page; null on the last") String nextCursor) {
    }
}
