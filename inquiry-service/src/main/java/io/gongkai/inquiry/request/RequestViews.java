package io.gongkai.inquiry.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.inquiry.request.RequestEnums.ActorRole;
import io.gongkai.inquiry.request.RequestEnums.ApplicantSubType;
import io.gongkai.inquiry.request.RequestEnums.ApplicantType;
import io.gongkai.inquiry.request.RequestEnums.Channel;
import io.gongkai.inquiry.request.RequestEnums.DeliveryForm;
import io.gongkai.inquiry.request.RequestEnums.DeliveryMethod;
import io.gongkai.inquiry.request.RequestEnums.LegalBasis;
import io.gongkai.inquiry.request.RequestEnums.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the request API: what callers send, and what each kind of caller sees. */
public final class RequestViews {

    private RequestViews() {
    }

    // ---- what callers send -------------------------------------------------------------------

    @Schema(name = "Applicant", description = "Who asks; personal data, shown only to handlers and admins")
    public record Applicant(
            @NotNull @Schema(example = "NATURAL_PERSON") ApplicantType type,
            @Schema(description = "only for ORGANISATION", example = "RESEARCH") ApplicantSubType subType,
            @NotBlank @Size(max = 200) @Schema(example = "张三") String name,
            @Size(max = 50) @Schema(description = "ID number, or the organisation's unified social credit code") String idNumber,
            @Size(max = 50) @Schema(example = "13800000000") String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 500) String address) {
    }

    @Schema(name = "RequestSubmission", description = "A disclosure request; staff entering a letter or visit set channel and receivedAt")
    public record Submission(
            @NotNull @Valid Applicant applicant,
            @NotBlank @Size(max = 5000) @Schema(description = "the information wanted") String description,
            @Size(max = 200) @Schema(description = "document number, where known", example = "长大发〔2021〕12号") String documentNumber,
            @Schema(description = "document date, where known") LocalDate documentDate,
            @Size(max = 1000) String purpose,
            @NotNull DeliveryForm deliveryForm,
            @NotNull DeliveryMethod deliveryMethod,
            // no schema default: beside the enum's $ref it makes openapi-generator write a String into an enum field
            @Schema(description = "ONLINE when left out (the public always); staff may enter LETTER, IN_PERSON, FAX") Channel channel,
            @Schema(description = "staff only: when the letter or visit came (never in the future); default now") OffsetDateTime receivedAt,
            @Schema(description = "the request concerns the applicant's own personal information: identity verified before the reply")
            boolean ownPersonalInformation) {
    }

    @Schema(name = "StepReason", description = "Why, for the history (optional)")
    public record Reason(@Size(max = 2000) @Schema(example = "complete and clear") String reason,
                         @Schema(description = "staff recording a step that already happened: when it happened (not in the future, not before the previous step); default now") OffsetDateTime occurredAt) {
    }

    @Schema(name = "Assignment")
    public record Assignment(@NotBlank @Size(max = 100) @Schema(example = "handler-1") String handler,
                             @Size(max = 2000) String reason,
                             @Schema(description = "staff recording a step that already happened: when it happened (not in the future, not before the previous step); default now") OffsetDateTime occurredAt) {
    }

    @Schema(name = "Clarification", description = "The clarified request; receivedAt when it came by letter (default now)")
    public record Clarification(OffsetDateTime receivedAt, @Size(max = 2000) String reason) {
    }

    @Schema(name = "Extension", description = "The one extension, approved by the head of the disclosure office")
    public record Extension(
            @NotNull @Schema(example = "15") Integer workingDays,
            @NotBlank @Size(max = 1000) String reason,
            @NotBlank @Size(max = 100) @Schema(description = "who approved it") String approver,
            @Schema(description = "staff recording a step that already happened: when it happened (not in the future, not before the previous step); default now") OffsetDateTime occurredAt) {
    }

    @Schema(name = "FeeNotice", description = "Search, copying and postage costs the applicant is asked to pay")
    public record FeeNotice(
            @NotNull @DecimalMin(value = "0.01") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal amount,
            @Size(max = 2000) String reason,
            @Schema(description = "staff recording a step that already happened: when it happened (not in the future, not before the previous step); default now") OffsetDateTime occurredAt) {
    }

    @Schema(name = "Fee")
    public record Fee(
            @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal amount,
            boolean waived) {
    }

    @Schema(name = "Reply")
    public record Reply(
            @NotNull @Schema(example = "DISCLOSED") Outcome outcome,
            @Schema(description = "required for NOT_DISCLOSED") LegalBasis legalBasis,
            @NotBlank @Size(max = 10000) String text,
            @NotNull DeliveryForm deliveryForm,
            @Valid Fee fee,
            @Schema(description = "staff recording a step that already happened: when it happened (not in the future, not before the previous step); default now") OffsetDateTime occurredAt) {
    }

    // ---- what callers see --------------------------------------------------------------------

    @Schema(name = "RequestSubmitted", description = "The answer to the submitter: the access code is shown this once",
            requiredProperties = {"trackingNo", "accessCode", "status", "receivedAt", "effectiveReceipt", "dueDate"})
    public record Submitted(@Schema(example = "YSQ-2022-000123") String trackingNo,
                            @Schema(description = "keep it: with the tracking number it opens the request; it is not stored", example = "7K3QD-M2XNP-4HV9B-TC6RW")
                            String accessCode,
                            RequestStatus status, OffsetDateTime receivedAt,
                            @Schema(description = "the day the count starts from: the day received, or the next working day") LocalDate effectiveReceipt,
                            @Schema(description = "the last day of the reply period (15 working days after the effective receipt)") LocalDate dueDate) {
    }

    @Schema(name = "RequestStep", description = "One step of the history", requiredProperties = {"at", "step", "actorRole"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(@Schema(description = "when the step happened") OffsetDateTime at, @Schema(example = "accept") String step, ActorRole actorRole,
                       @Schema(description = "the staff member's user name (staff views only)", example = "handler-1") String actor,
                       @Schema(description = "the reason in English (with a staff member's own words), for API callers") String reason,
                       @Schema(description = "the reason's code: received-by, assigned-to, new-count, extended, fee-notice, answered, "
                               + "closed-no-fee, closed-no-clarification, calendar-changed, note (a staff member's own words only)",
                               example = "received-by") String code,
                       @Schema(description = "what the code's sentence needs (channel, handler, dueDate, workingDays, before, after, "
                               + "approver, amount, deadline, outcome, year, changes; note: a staff member's own words)",
                               example = "{\"channel\": \"ONLINE\"}") Map<String, Object> params,
                       @Schema(description = "a step recorded after the fact: when it was entered (who entered it is the actor)")
                       OffsetDateTime recordedAt) {
    }

    @Schema(name = "RequestReply", description = "The answer, or how the request was closed", requiredProperties = {"outcome", "outcomeName"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReplyView(Outcome outcome, String outcomeName, LegalBasis legalBasis, String legalBasisName, String text,
                            DeliveryForm deliveryForm, Fee fee, OffsetDateTime answeredAt) {
    }

    @Schema(name = "RequestExtension", description = "the reason is left out for auditors", requiredProperties = {"workingDays", "approver"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExtensionView(@Schema(example = "15") int workingDays, String reason,
                                @Schema(description = "the head of the office who approved it") String approver) {
    }

    @Schema(name = "ApplicantAction", description = "What the applicant is waiting to do, and by when", requiredProperties = {"action"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantAction(String action, LocalDate deadline, BigDecimal amount) {
    }

    /** The applicant's view (tracking number + access code): no personal data, not even their own. */
    @Schema(name = "RequestForApplicant", description = "The applicant's view: no personal data",
            requiredProperties = {"trackingNo", "status", "channel", "receivedAt", "overdue", "history"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantView(String trackingNo, RequestStatus status, Channel channel, OffsetDateTime receivedAt,
                                LocalDate effectiveReceipt, LocalDate dueDate, Provisional dueDateProvisional, boolean overdue, ExtensionView extension,
                                ApplicantAction waitingFor, ReplyView reply, List<Step> history) {
    }

    @Schema(name = "ApplicantDetails", description = "Unmasked for handlers and admins, masked for auditors",
            requiredProperties = {"type", "name", "masked"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantDetails(ApplicantType type, ApplicantSubType subType, String name, String idNumber, String phone,
                                   String email, String address, boolean masked) {
    }

    @Schema(name = "Request", description = "A request as staff see it; auditors see the structured fields only: the applicant "
            + "masked, and no free text (description, purpose, the reply's text, the reasons of the extension and of the history)",
            requiredProperties = {"trackingNo", "status", "channel", "receivedAt", "overdue", "applicant", "deliveryForm",
                    "deliveryMethod", "ownPersonalInformation", "identityVerified", "version", "history"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffView(String trackingNo, RequestStatus status, Channel channel, OffsetDateTime receivedAt,
                            LocalDate effectiveReceipt, LocalDate dueDate, Provisional dueDateProvisional, boolean overdue, ApplicantDetails applicant,
                            String description, String documentNumber, LocalDate documentDate, String purpose,
                            DeliveryForm deliveryForm, DeliveryMethod deliveryMethod, boolean ownPersonalInformation,
                            boolean identityVerified, String handler, ExtensionView extension, ApplicantAction waitingFor,
                            Fee feeNotice, ReplyView reply, Outcome outcome, long version, List<Step> history) {
    }

    @Schema(name = "RequestSummary", description = "One row of the staff list",
            requiredProperties = {"trackingNo", "status", "channel", "receivedAt", "overdue", "applicantType", "applicantName"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String trackingNo, RequestStatus status, Channel channel, OffsetDateTime receivedAt,
                          LocalDate dueDate,
                          @Schema(description = "true while the due date counts a year whose holiday calendar is not entered yet; "
                                  + "left out otherwise") Boolean dueDateProvisional,
                          boolean overdue, ApplicantType applicantType, ApplicantSubType applicantSubType,
                          String applicantName, String handler, Outcome outcome) {
    }

    @Schema(name = "RequestPage", requiredProperties = {"items", "nextCursor"})
    public record SummaryPage(List<Summary> items,
                              @Schema(nullable = true, description = "the cursor of the next page; null on the last") String nextCursor) {
    }

    /** Present while the due date was counted through a year whose holiday calendar is not entered yet. */
    @Schema(name = "ProvisionalDueDate", description = "The due date counts Mon–Fri as working days in these years, whose holiday "
            + "calendar (the State Council's notice) is not entered yet; it is recounted when they are",
            requiredProperties = {"yearsWithoutCalendar", "code", "params", "text"})
    public record Provisional(List<Integer> yearsWithoutCalendar,
                              @Schema(example = "provisional-due-date") String code,
                              @Schema(example = "{\"years\": \"2027\"}") Map<String, Object> params,
                              @Schema(example = "provisional: the holiday calendar of 2027 is not entered yet") String text) {

        static Provisional of(List<Integer> years) {
            String list = years.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            return new Provisional(List.copyOf(years), "provisional-due-date", Map.of("years", list),
                    "provisional: the holiday calendar of " + list + " is not entered yet");
        }
    }

    /** The clock's explanation, and which years of it ran on Mon–Fri because their calendar is not entered yet. */
    @Schema(name = "RequestClock", requiredProperties = {"trackingNo", "status", "overdue", "clock", "yearsWithoutCalendar", "dueDateProvisional"})
    public record ClockView(@Schema(example = "YSQ-2022-000123") String trackingNo, RequestStatus status, boolean overdue,
                            RequestClock.Explanation clock,
                            @Schema(description = "years the clock ran through on Mon–Fri only, their calendar not entered yet") List<Integer> yearsWithoutCalendar,
                            @Schema(description = "true: the due date depends on a year in yearsWithoutCalendar and may change when it is entered")
                            boolean dueDateProvisional) {
    }

    /** Who reads the CSV export ({@code ?for=excel}, read case-insensitively): a person in a spreadsheet. */
    public enum ExportFor { EXCEL }

    /** The staff list's filters. */
    public record Filter(RequestStatus status, Boolean overdue, @Min(0) @Max(60) Integer dueWithin, Outcome outcome,
                         String handler, Integer year, LocalDate from, LocalDate to) {
    }
}
