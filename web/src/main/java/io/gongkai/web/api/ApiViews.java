package io.gongkai.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the column reads of the API's answers (fields it does not show are ignored). */
public final class ApiViews {

    private ApiViews() {
    }

    public record Posting(String channel, String url, OffsetDateTime postedAt) {
    }

    public record Attachment(String name, String url, Long size, String type) {
    }

    public record ItemSummary(String id, String title, String summary, String checklistItem, Integer category, String unit,
                              OffsetDateTime publishedAt, List<Posting> postings) {
    }

    public record Facets(Map<String, Long> category, Map<String, Long> channel, Map<String, Long> unit,
                         Map<String, Long> year) {
    }

    public record ItemPage(List<ItemSummary> items, String nextCursor, Facets facets) {
    }

    public record Item(String id, String title, String summary, String body, String checklistItem, Integer category,
                       String unit, String status, OffsetDateTime publishedAt, LocalDate producedAt,
                       List<Posting> postings, List<Attachment> attachments, OffsetDateTime updatedAt) {
    }

    public record ChecklistItem(String itemNo, String title) {
    }

    public record ChecklistCategory(int no, String name, List<ChecklistItem> items) {
    }

    public record Checklist(String code, String name, List<ChecklistCategory> categories) {
    }

    public record Latest(String id, String title, OffsetDateTime publishedAt, String url) {
    }

    public record CoverageEntry(String itemNo, int category, String categoryName, String title, boolean covered, int count,
                                List<String> units, List<String> channels, List<Latest> latest, boolean overdue,
                                LocalDate lastPublishedOn) {
    }

    public record Coverage(String checklist, Integer year, LocalDate from, LocalDate to, int items, int covered, int gaps,
                           int overdue, List<CoverageEntry> entries) {
    }

    public record RequestSubmitted(String trackingNo, String accessCode, String status, OffsetDateTime receivedAt,
                                   LocalDate effectiveReceipt, LocalDate dueDate) {
    }

    /** A step of the history; {@code code} and {@code params}, where the API gives them, say the reason in words web renders. */
    public record Step(OffsetDateTime at, String step, String actorRole, String reason, String code, Map<String, Object> params) {
    }

    public record Fee(java.math.BigDecimal amount, Boolean waived) {
    }

    public record Reply(String outcome, String outcomeName, String legalBasis, String legalBasisName, String text,
                        String deliveryForm, Fee fee, OffsetDateTime answeredAt) {
    }

    public record RequestExtension(int workingDays, String reason) {
    }

    public record WaitingFor(String action, LocalDate deadline, java.math.BigDecimal amount) {
    }

    /** The applicant's view of a request: no personal data, not even their own. */
    public record RequestForApplicant(String trackingNo, String status, String channel, OffsetDateTime receivedAt,
                                      LocalDate effectiveReceipt, LocalDate dueDate, boolean overdue, RequestExtension extension,
                                      WaitingFor waitingFor, Reply reply, List<Step> history) {
    }

    /** A day of the clock; {@code code} and {@code params}, where the API gives them, say the reason in words web renders. */
    public record ClockDay(LocalDate date, String dayType, String counting, Integer count, String reason, String code,
                           Map<String, Object> params) {
    }

    /** A sentence of the API as a code with its parameters, and its English text for API callers. */
    public record CodedText(String code, Map<String, Object> params, String text) {
    }

    public record ClockExplanation(OffsetDateTime receivedAt, LocalDate effectiveReceipt, String effectiveReceiptReason,
                                   CodedText effectiveReceiptExplained,
                                   LocalDate countFrom, int workingDays, LocalDate regularDueDate, int extensionWorkingDays,
                                   LocalDate dueDate, boolean paused, List<ClockDay> days) {
    }

    public record RequestClock(String trackingNo, String status, boolean overdue, ClockExplanation clock,
                               List<Integer> yearsWithoutCalendar) {
    }

    public record PetitionChannel(String code, String name, boolean active) {
    }

    public record PetitionSubmitted(String trackingNo, String accessCode, String status, OffsetDateTime receivedAt,
                                    LocalDate dueDate) {
    }

    public record PetitionForPetitioner(String trackingNo, String status, String channel, String category, String subject,
                                        OffsetDateTime receivedAt, LocalDate dueDate, boolean overdue, String unit, String reply,
                                        OffsetDateTime repliedAt, List<Step> history) {
    }

    public record EvaluationReceived(String id, int rating, OffsetDateTime receivedAt) {
    }

    public record ChannelTotal(String channel, long count, String source) {
    }

    public record ChannelPoint(String period, LocalDate from, LocalDate to, long total, List<ChannelTotal> channels) {
    }

    public record ChannelStatistics(LocalDate from, LocalDate to, long total, List<ChannelTotal> channels, List<ChannelPoint> series) {
    }

    public record OutcomeCount(String outcome, String legalBasis, long total) {
    }

    public record RequestFigures(Map<String, Long> received, Map<String, Long> carriedOver, List<OutcomeCount> outcomes,
                                 Map<String, Long> ended, Map<String, Long> carriedForward, boolean balanced) {
    }

    public record StatisticsSummary(LocalDate from, LocalDate to, RequestFigures requests) {
    }

    /** A unit or a channel: its code and the name people read. */
    public record Named(String code, String name) {
    }

    /** An annual report as the API answers it in JSON: the frozen edition (frozenAt set) or the live one. */
    public record AnnualReport(int year, String format, String title, String institution, LocalDate from, LocalDate to,
                               LocalDate signedOn, String introduction, List<ReportSection> sections, ReportAnnex annex,
                               List<ReportCheck> checks, boolean addsUp, OffsetDateTime frozenAt) {
    }

    public record ReportSection(String key, String heading, List<String> paragraphs, List<ReportTable> tables,
                                List<ReportSection> parts) {
    }

    public record ReportTable(String caption, List<String> header, List<List<String>> rows) {
    }

    public record ReportAnnex(boolean available, String unavailableReason, List<ReportAnnexRow> rows) {
    }

    public record ReportAnnexRow(String itemNo, String category, String item, String published, String where) {
    }

    public record ReportCheck(String name, boolean holds, String detail) {
    }
}
