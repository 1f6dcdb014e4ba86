package io.gongkai.inquiry.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.inquiry.request.RequestEnums.ActorRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the petition API. */
public final class PetitionViews {

    private PetitionViews() {
    }

    @Schema(name = "PetitionContact", description = "Optional: anonymous feedback is allowed. Personal data.")
    public record Contact(@Size(max = 200) String name, @Size(max = 50) String phone, @Email @Size(max = 200) String email) {
    }

    @Schema(name = "PetitionSubmission")
    public record Submission(
            @NotBlank @Size(max = 40) @Schema(example = "PRESIDENT_MAILBOX") String channel,
            @NotBlank @Size(max = 40) @Schema(example = "CAMPUS_SERVICES") String category,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 10000) String content,
            @Valid Contact contact,
            @Schema(description = "staff entering a call or letter: when it came (never in the future); default now") OffsetDateTime receivedAt) {
    }

    @Schema(name = "PetitionAssignment")
    public record Assignment(@NotBlank @Size(max = 100) @Schema(example = "后勤管理处") String unit, @Size(max = 2000) String reason) {
    }

    @Schema(name = "PetitionReply")
    public record Reply(@NotBlank @Size(max = 10000) String text) {
    }

    @Schema(name = "PetitionClosing")
    public record Closing(Petition.Satisfaction satisfaction, @Size(max = 2000) String reason) {
    }

    @Schema(name = "PetitionChannelRequest")
    public record ChannelRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String reportGroup,
            @NotBlank @Size(max = 100) String reportGroupName,
            @Min(1) @Max(120) Integer replyWorkingDays,
            @NotNull Boolean active,
            @Min(0) @Max(10000) int position) {
    }

    @Schema(name = "PetitionChannel", description = "A way petitions arrive, with the report's grouping and the reply deadline",
            requiredProperties = {"code", "name", "reportGroup", "reportGroupName", "replyWorkingDays", "active", "position", "version"})
    public record ChannelView(@Schema(example = "PRESIDENT_MAILBOX") String code, @Schema(example = "校长信箱") String name,
                              @Schema(example = "MAILBOXES") String reportGroup, @Schema(example = "信箱及公开电话") String reportGroupName,
                              @Schema(example = "15") int replyWorkingDays, boolean active, int position, long version) {
    }

    @Schema(name = "PetitionCategory", requiredProperties = {"code", "name"})
    public record CategoryView(@Schema(example = "CAMPUS_SERVICES") String code, @Schema(example = "后勤服务") String name) {
    }

    @Schema(name = "PetitionSubmitted", description = "The access code is shown this once",
            requiredProperties = {"trackingNo", "accessCode", "status", "receivedAt", "dueDate"})
    public record Submitted(@Schema(example = "XF-2022-000123") String trackingNo,
                            @Schema(description = "keep it: with the tracking number it opens the petition; it is not stored", example = "7K3QD-M2XNP-4HV9B-TC6RW")
                            String accessCode, PetitionStatus status, OffsetDateTime receivedAt, LocalDate dueDate) {
    }

    @Schema(name = "PetitionStep", description = "One step of the history", requiredProperties = {"at", "step", "actorRole"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(OffsetDateTime at, String step, ActorRole actorRole, String actor,
                       @Schema(description = "the reason in English (with a staff member's own words), for API callers") String reason,
                       @Schema(description = "the reason's code: received-by, assigned-to, answered-by, satisfaction, note",
                               example = "assigned-to") String code,
                       @Schema(description = "what the code's sentence needs (channel, channelName, unit, satisfaction; note: a staff "
                               + "member's own words)", example = "{\"unit\": \"后勤管理处\"}") java.util.Map<String, Object> params) {
    }

    /** The petitioner's view: no contact data. */
    @Schema(name = "PetitionForPetitioner", description = "The petitioner's view: no contact data",
            requiredProperties = {"trackingNo", "status", "channel", "category", "subject", "receivedAt", "overdue", "history"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PetitionerView(String trackingNo, PetitionStatus status, String channel, String category, String subject,
                                 OffsetDateTime receivedAt, LocalDate dueDate, boolean overdue, String unit, String reply,
                                 OffsetDateTime repliedAt, List<Step> history) {
    }

    @Schema(name = "Petition", description = "As staff see it; auditors see the structured fields only: the contact masked, and "
            + "no free text (subject, content, reply, the reasons of the history)",
            requiredProperties = {"trackingNo", "status", "channel", "reportGroup", "category", "contactMasked",
                    "receivedAt", "overdue", "version", "history"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffView(String trackingNo, PetitionStatus status, String channel, String reportGroup, String category,
                            String subject, String content, Contact contact, boolean contactMasked, OffsetDateTime receivedAt,
                            LocalDate dueDate, boolean overdue, String unit, String reply, OffsetDateTime repliedAt,
                            Petition.Satisfaction satisfaction, OffsetDateTime closedAt, long version, List<Step> history) {
    }

    @Schema(name = "PetitionSummary", description = "the subject is left out for auditors",
            requiredProperties = {"trackingNo", "status", "channel", "category", "receivedAt", "overdue"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String trackingNo, PetitionStatus status, String channel, String category, String subject,
                          OffsetDateTime receivedAt, LocalDate dueDate, boolean overdue, String unit) {
    }

    @Schema(name = "PetitionPage", requiredProperties = {"items", "nextCursor"})
    public record SummaryPage(List<Summary> items,
                              @Schema(nullable = true, description = "the cursor of the next page; null on the last") String nextCursor) {
    }
}
