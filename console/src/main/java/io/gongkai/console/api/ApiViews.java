package io.gongkai.console.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the console reads of the API's answers (fields it does not show are left out; unknown ones are ignored). */
public final class ApiViews {

    private ApiViews() {
    }

    public record Token(String accessToken, String tokenType, long expiresIn) {
    }

    public record Named(String code, String name) {
    }

    // ---- requests (依申请公开) ----

    public record RequestSummary(String trackingNo, String status, String channel, OffsetDateTime receivedAt, LocalDate dueDate,
                                 boolean overdue, String applicantType, String applicantSubType, String applicantName,
                                 String handler, String outcome) {
    }

    public record RequestPage(List<RequestSummary> items, String nextCursor) {
    }

    public record Applicant(String type, String subType, String name, String idNumber, String phone, String email,
                            String address, boolean masked) {
    }

    public record Extended(int workingDays, String reason, String approver) {
    }

    public record ApplicantAction(String action, LocalDate deadline, BigDecimal amount) {
    }

    public record Fee(BigDecimal amount, boolean waived) {
    }

    public record Reply(String outcome, String outcomeName, String legalBasis, String legalBasisName, String text,
                        String deliveryForm, Fee fee, OffsetDateTime answeredAt) {
    }

    public record Step(OffsetDateTime at, String step, String actorRole, String actor, String reason) {
    }

    public record Request(String trackingNo, String status, String channel, OffsetDateTime receivedAt, LocalDate effectiveReceipt,
                          LocalDate dueDate, boolean overdue, Applicant applicant, String description, String documentNumber,
                          LocalDate documentDate, String purpose, String deliveryForm, String deliveryMethod,
                          boolean ownPersonalInformation, boolean identityVerified, String handler, Extended extension,
                          ApplicantAction waitingFor, Fee feeNotice, Reply reply, String outcome, long version, List<Step> history) {
    }

    public record ClockDay(LocalDate date, String dayType, String counting, Integer count, String reason) {
    }

    public record ClockExplanation(OffsetDateTime receivedAt, LocalDate effectiveReceipt, String effectiveReceiptReason,
                                   LocalDate countFrom, int workingDays, LocalDate regularDueDate, int extensionWorkingDays,
                                   LocalDate dueDate, boolean paused, List<ClockDay> days) {
    }

    public record RequestClock(String trackingNo, String status, boolean overdue, ClockExplanation clock,
                               List<Integer> yearsWithoutCalendar) {
    }

    // ---- petitions (信访) ----

    public record Contact(String name, String phone, String email) {
    }

    public record PetitionSummary(String trackingNo, String status, String channel, String category, String subject,
                                  OffsetDateTime receivedAt, LocalDate dueDate, boolean overdue, String unit) {
    }

    public record PetitionPage(List<PetitionSummary> items, String nextCursor) {
    }

    public record Petition(String trackingNo, String status, String channel, String reportGroup, String category, String subject,
                           String content, Contact contact, boolean contactMasked, OffsetDateTime receivedAt, LocalDate dueDate,
                           boolean overdue, String unit, String reply, OffsetDateTime repliedAt, String satisfaction,
                           OffsetDateTime closedAt, long version, List<Step> history) {
    }

    // ---- cases (举报、复议、诉讼) ----

    public record Case(String id, String kind, String lawsuitRoute, LocalDate receivedOn, String subject, String relatedRequest,
                       String status, String result, LocalDate closedOn, String note, long version) {
    }

    public record CasePage(List<Case> items, String nextCursor) {
    }

    // ---- the working-day calendar ----

    public record CalendarDay(LocalDate date, String kind, String name) {
    }

    public record CalendarYear(int year, List<CalendarDay> days) {
    }
}
