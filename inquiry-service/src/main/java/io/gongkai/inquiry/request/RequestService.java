package io.gongkai.inquiry.request;

import io.gongkai.commons.outbox.OutboxWriter;
import io.gongkai.commons.paging.Cursors;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.inquiry.calendar.CalendarChanged;
import io.gongkai.inquiry.calendar.CalendarService;
import io.gongkai.inquiry.outbox.RequestEvents;
import io.gongkai.inquiry.request.RequestEnums.ActorRole;
import io.gongkai.inquiry.request.RequestEnums.ApplicantType;
import io.gongkai.inquiry.request.RequestEnums.Channel;
import io.gongkai.inquiry.request.RequestEnums.DeliveryMethod;
import io.gongkai.inquiry.request.RequestEnums.Outcome;
import io.gongkai.inquiry.request.RequestViews.ApplicantAction;
import io.gongkai.inquiry.request.RequestViews.ApplicantDetails;
import io.gongkai.inquiry.request.RequestViews.ApplicantView;
import io.gongkai.inquiry.request.RequestViews.ExtensionView;
import io.gongkai.inquiry.request.RequestViews.Fee;
import io.gongkai.inquiry.request.RequestViews.ReplyView;
import io.gongkai.inquiry.request.RequestViews.StaffView;
import io.gongkai.inquiry.request.RequestViews.Step;
import io.gongkai.inquiry.request.RequestViews.Submission;
import io.gongkai.inquiry.request.RequestViews.Submitted;
import io.gongkai.inquiry.request.RequestViews.Summary;
import io.gongkai.inquiry.request.RequestViews.SummaryPage;
import io.gongkai.inquiry.security.AccessCodes;
import io.gongkai.inquiry.security.Caller;
import io.gongkai.inquiry.security.WrongCodeThrottle;
import io.gongkai.inquiry.security.Masks;
import io.gongkai.inquiry.security.Limit;
import io.gongkai.inquiry.security.LimitStore;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Disclosure requests: intake, the applicant's and the staff's views, every step of the lifecycle with its
 * history and event, the calendar's effect on due dates, and the job that closes requests left waiting.
 * Rules live in {@link RequestLifecycle} and {@link RequestClock}; this class applies them in transactions.
 */
@ApplicationScoped
public class RequestService {

    public static final Pattern TRACKING_NO = Pattern.compile("YSQ-\\d{4}-\\d{6}");
    private static final Set<RequestStatus> RUNNING = EnumSet.of(RequestStatus.RECEIVED, RequestStatus.ACCEPTED,
            RequestStatus.EXTENDED, RequestStatus.AWAITING_FEE);
    private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.RECEIVED, RequestStatus.ACCEPTED,
            RequestStatus.AWAITING_CLARIFICATION, RequestStatus.EXTENDED, RequestStatus.AWAITING_FEE);
    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00+08:00");

    private final CalendarService calendar;
    private final RequestSettings settings;
    private final OutboxWriter outbox;
    private final WrongCodeThrottle throttle;
    private final Limit intake;

    public RequestService(CalendarService calendar, RequestSettings settings, OutboxWriter outbox, WrongCodeThrottle throttle,
                          LimitStore limits) {
        this.calendar = calendar;
        this.settings = settings;
        this.outbox = outbox;
        this.throttle = throttle;
        this.intake = limits.limit("submit-request", settings.intakePerClientPerHour(), java.time.Duration.ofHours(1));
    }

    /** The submitter's answer, and whether the request is new (201) or a retry of the same key (200). */
    public record Intake(Submitted submitted, boolean created) {
    }

    // ---- intake --------------------------------------------------------------------------------

    /** Anonymous submissions are limited per client address; staff entering letters are not. */
    @Transactional
    public Intake submit(Submission s, String idempotencyKey, String client, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        if (!caller.worksOnRequests() && client != null) {
            intake.acquire(client, "Too many submissions", "Too many requests from this client; try again later");
        }
        Channel channel = s.channel() == null ? Channel.ONLINE : s.channel();
        if ((channel != Channel.ONLINE || s.receivedAt() != null) && !caller.worksOnRequests()) {
            throw ProblemException.forbidden("Only staff entering a letter or a visit set channel and receivedAt");
        }
        OffsetDateTime receivedAt = s.receivedAt() == null ? now : s.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw ProblemException.invalid("receivedAt", "must not be in the future");
        }
        if (receivedAt.isBefore(EARLIEST)) {
            throw ProblemException.invalid("receivedAt", "must not be before 2000");
        }
        checkApplicant(s);

        String fingerprint = sha256(s.toString());
        if (idempotencyKey != null) {
            lock(idempotencyKey);
            DisclosureRequest earlier = DisclosureRequest.find("idempotencyKey", idempotencyKey).firstResult();
            if (earlier != null) {
                if (!fingerprint.equals(earlier.requestHash)) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "This Idempotency-Key was used for a different request");
                }
                // the first code was never stored, so the retry gets a fresh one and the earlier one stops working
                String code = AccessCodes.generate();
                earlier.accessCodeHash = AccessCodes.hash(code);
                earlier.updatedAt = now;
                return new Intake(submitted(earlier, code), false);
            }
        }

        RequestClock clock = clock();
        DisclosureRequest r = new DisclosureRequest();
        r.id = UUID.randomUUID();
        r.status = RequestStatus.RECEIVED;
        r.channel = channel;
        r.receivedAt = receivedAt;
        RequestClock.Timeline timeline = RequestClock.Timeline.of(receivedAt);
        r.effectiveReceipt = clock.effectiveReceipt(receivedAt);
        r.dueDate = clock.dueDate(timeline);
        r.applicantType = s.applicant().type();
        r.applicantSubType = s.applicant().subType();
        r.applicantName = s.applicant().name().strip();
        r.applicantIdNumber = blankToNull(s.applicant().idNumber());
        r.applicantPhone = blankToNull(s.applicant().phone());
        r.applicantEmail = blankToNull(s.applicant().email());
        r.applicantAddress = blankToNull(s.applicant().address());
        r.description = s.description().strip();
        r.documentNumber = blankToNull(s.documentNumber());
        r.documentDate = s.documentDate();
        r.purpose = blankToNull(s.purpose());
        r.deliveryForm = s.deliveryForm();
        r.deliveryMethod = s.deliveryMethod();
        r.ownInformation = s.ownPersonalInformation();
        String code = AccessCodes.generate();
        r.accessCodeHash = AccessCodes.hash(code);
        r.idempotencyKey = idempotencyKey;
        r.requestHash = fingerprint;
        r.createdAt = now;
        r.updatedAt = now;
        // the number last: its counter row stays locked until commit, and every intake of the year waits for it
        // (the calendar the clock reads above is not read under that lock)
        r.trackingNo = nextTrackingNo(receivedAt.atZoneSameInstant(zone()).getYear());
        r.persist();
        history(r, RequestStep.RECEIVE, receivedAt, caller, null, CodedText.of("received-by", "received by " + channel, "channel", channel));
        outbox.emit(RequestEvents.RECEIVED, r.id, receivedAt, new RequestEvents.Received(r.trackingNo, receivedAt,
                r.effectiveReceipt, r.dueDate, channel.name(), r.applicantType.name(), name(r.applicantSubType), r.ownInformation));
        return new Intake(submitted(r, code), true);
    }

    private static void checkApplicant(Submission s) {
        RequestViews.Applicant a = s.applicant();
        if (a.type() == ApplicantType.ORGANISATION && a.subType() == null) {
            throw ProblemException.invalid("applicant.subType", "is required for an organisation");
        }
        if (a.type() == ApplicantType.NATURAL_PERSON && a.subType() != null) {
            throw ProblemException.invalid("applicant.subType", "is only for organisations");
        }
        if (s.deliveryMethod() == DeliveryMethod.EMAIL && blankToNull(a.email()) == null) {
            throw ProblemException.invalid("applicant.email", "is required for delivery by e-mail");
        }
        if (s.deliveryMethod() == DeliveryMethod.POST && blankToNull(a.address()) == null) {
            throw ProblemException.invalid("applicant.address", "is required for delivery by post");
        }
        if (blankToNull(a.phone()) == null && blankToNull(a.email()) == null && blankToNull(a.address()) == null) {
            throw ProblemException.invalid("applicant.phone", "give at least one way to reach the applicant (phone, email or address)");
        }
    }

    /** YSQ-2022-000123: the counter row of the year stays locked until this transaction ends. */
    private static String nextTrackingNo(int year) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery(
                        "INSERT INTO request_counter (year, last) VALUES (?1, 1) "
                                + "ON CONFLICT (year) DO UPDATE SET last = request_counter.last + 1 RETURNING last")
                .setParameter(1, year).getSingleResult();
        return String.format("YSQ-%d-%06d", year, n.intValue());
    }

    /** Concurrent retries of one key wait for the first, then find what it created. */
    private static void lock(String idempotencyKey) {
        Panache.getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "request\n" + idempotencyKey).getSingleResult();
    }

    private static Submitted submitted(DisclosureRequest r, String code) {
        return new Submitted(r.trackingNo, code, r.status, r.receivedAt, r.effectiveReceipt, r.dueDate);
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The applicant's view; a wrong code is a 404 exactly like an unknown number. */
    @Transactional
    public ApplicantView forApplicant(String trackingNo, String code, String client) {
        return applicantView(byCode(trackingNo, code, client));
    }

    @Transactional
    public StaffView forStaff(String trackingNo, Caller caller) {
        caller.requireReader("Requests");
        return staffView(find(trackingNo), caller);
    }

    @Transactional
    public RequestViews.ClockView clock(String trackingNo, String code, String client, Caller caller) {
        DisclosureRequest r;
        if (code != null) {
            r = byCode(trackingNo, code, client);
        } else {
            caller.requireReader("Requests");
            r = find(trackingNo);
        }
        RequestClock.Explanation explanation = clock().explain(timeline(r));
        List<Integer> missing = yearsWithoutCalendar(r);
        return new RequestViews.ClockView(r.trackingNo, r.status, overdue(r), explanation, missing,
                r.dueDate != null && !missing.isEmpty());
    }

    /** The years from receipt to the due date (or today) whose calendar is not entered: the clock ran on Mon–Fri there. */
    private List<Integer> yearsWithoutCalendar(DisclosureRequest r) {
        int last = (r.dueDate != null ? r.dueDate : today()).getYear();
        Set<Integer> entered = new HashSet<>(calendar.years());
        List<Integer> missing = new ArrayList<>();
        for (int y = r.receivedAt.atZoneSameInstant(zone()).getYear(); y <= last; y++) {
            if (!entered.contains(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /** A due date counted through a year without a calendar is provisional until that year is entered. */
    private RequestViews.Provisional provisional(DisclosureRequest r) {
        List<Integer> missing = r.status.open() && r.dueDate != null ? yearsWithoutCalendar(r) : List.of();
        return missing.isEmpty() ? null : RequestViews.Provisional.of(missing);
    }

    @Transactional
    public SummaryPage list(RequestViews.Filter filter, String cursor, int limit, Caller caller) {
        caller.requireReader("Requests");
        List<DisclosureRequest> rows = query(filter, cursor, limit + 1);
        boolean more = rows.size() > limit;
        List<DisclosureRequest> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            DisclosureRequest last = page.get(page.size() - 1);
            next = Cursors.encode(last.receivedAt.toInstant().toString(), last.id.toString());
        }
        boolean unmasked = caller.worksOnRequests();
        Set<Integer> entered = new HashSet<>(calendar.years());
        return new SummaryPage(page.stream().map(r -> summary(r, unmasked, entered)).toList(), next);
    }

    /**
     * The whole filtered list as CSV (UTF-8, header row), read in pages so no query holds everything; for Excel
     * with a byte order mark, Chinese headers, names beside codes and local times ({@link RequestCsv}).
     */
    @Transactional
    public String csv(RequestViews.Filter filter, boolean excel, Caller caller) {
        caller.requireReader("Requests");
        boolean unmasked = caller.worksOnRequests();
        RequestCsv format = new RequestCsv(excel, zone());
        Set<Integer> entered = new HashSet<>(calendar.years());
        StringWriter out = new StringWriter();
        if (excel) {
            out.write(RequestCsv.BOM);
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(format.header()).get())) {
            String cursor = null;
            while (true) {
                List<DisclosureRequest> rows = query(filter, cursor, 500);
                for (DisclosureRequest r : rows) {
                    printer.printRecord(format.row(summary(r, unmasked, entered)));
                }
                if (rows.size() < 500) {
                    break;
                }
                DisclosureRequest last = rows.get(rows.size() - 1);
                cursor = Cursors.encode(last.receivedAt.toInstant().toString(), last.id.toString());
                Panache.getEntityManager().clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private List<DisclosureRequest> query(RequestViews.Filter f, String cursor, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        LocalDate today = today();
        if (f.status() != null) {
            where.append(" and status = :status");
            params.put("status", f.status());
        }
        if (f.overdue() != null) {
            where.append(f.overdue() ? " and" : " and not").append(" (status in :running and dueDate < :today)");
            params.put("running", RUNNING);
            params.put("today", today);
        }
        if (f.dueWithin() != null) {
            where.append(" and status in :running and dueDate >= :today and dueDate <= :dueLimit");
            params.put("running", RUNNING);
            params.put("today", today);
            params.put("dueLimit", clock().dueWithinLimit(today, f.dueWithin()));
        }
        if (f.outcome() != null) {
            where.append(" and outcome = :outcome");
            params.put("outcome", f.outcome());
        }
        if (f.handler() != null && !f.handler().isBlank()) {
            where.append(" and handler = :handler");
            params.put("handler", f.handler().strip());
        }
        ReportPeriod period = ReportPeriod.fromQuery(f.year(), f.from(), f.to(), false);
        if (period.startInstant() != null) {
            where.append(" and receivedAt >= :from");
            params.put("from", period.startInstant());
        }
        if (period.endExclusiveInstant() != null) {
            where.append(" and receivedAt < :to");
            params.put("to", period.endExclusiveInstant());
        }
        if (cursor != null) {
            List<String> parts = Cursors.decode(cursor, 2);
            OffsetDateTime at;
            UUID id;
            try {
                at = OffsetDateTime.ofInstant(java.time.Instant.parse(parts.get(0)), ZoneId.of("UTC"));
                id = UUID.fromString(parts.get(1));
            } catch (RuntimeException e) {
                throw Cursors.invalid();
            }
            where.append(" and (receivedAt < :cAt or (receivedAt = :cAt and id < :cId))");
            params.put("cAt", at);
            params.put("cId", id);
        }
        return DisclosureRequest.<DisclosureRequest>find(where + " order by receivedAt desc, id desc", params)
                .page(0, limit).list();
    }

    // ---- steps ---------------------------------------------------------------------------------

    @Transactional
    public StaffView accept(String trackingNo, RequestViews.Reason body, Caller caller) {
        caller.requireWorker("Requests");
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.status = r.lifecycle().accept().status();
        touched(r, now);
        history(r, RequestStep.ACCEPT, now, caller, null, CodedText.note(reason(body)));
        outbox.emit(RequestEvents.ACCEPTED, r.id, now, new RequestEvents.Stepped(r.trackingNo, r.receivedAt, now));
        return staffView(r, caller);
    }

    @Transactional
    public StaffView assign(String trackingNo, RequestViews.Assignment body, Caller caller) {
        caller.requireWorker("Requests");
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.lifecycle().assign();
        r.handler = body.handler().strip();
        touched(r, now);
        history(r, RequestStep.ASSIGN, now, caller, null, CodedText.of("assigned-to", join("assigned to " + r.handler, body.reason()),
                "handler", r.handler, "note", blankToNull(body.reason())));
        return staffView(r, caller);
    }

    @Transactional
    public StaffView verifyIdentity(String trackingNo, RequestViews.Reason body, Caller caller) {
        caller.requireWorker("Requests");
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.identityVerified = r.lifecycle().verifyIdentity().identityVerified();
        touched(r, now);
        history(r, RequestStep.VERIFY_IDENTITY, now, caller, null, CodedText.note(reason(body)));
        return staffView(r, caller);
    }

    @Transactional
    public StaffView askClarification(String trackingNo, RequestViews.Reason body, Caller caller) {
        caller.requireWorker("Requests");
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.status = r.lifecycle().askClarification().status();
        RequestPause pause = new RequestPause();
        pause.requestId = r.id;
        pause.askedAt = now;
        pause.persist();
        RequestClock clock = clock();
        r.dueDate = null; // the clock stands still until the clarified request starts a new count
        r.clarificationDeadline = clock.deadlineAfter(now, settings.clarificationWorkingDays());
        touched(r, now);
        history(r, RequestStep.ASK_CLARIFICATION, now, caller, null, CodedText.note(reason(body)));
        outbox.emit(RequestEvents.CLARIFICATION_ASKED, r.id, now, new RequestEvents.Stepped(r.trackingNo, r.receivedAt, now));
        return staffView(r, caller);
    }

    /** The clarified request, from the applicant (with the code) or entered by staff. */
    @Transactional
    public Object clarified(String trackingNo, RequestViews.Clarification body, String code, String client, Caller caller) {
        boolean applicant = code != null;
        DisclosureRequest r = applicant ? lockByCode(trackingNo, code, client) : lockForWorker(trackingNo, caller);
        OffsetDateTime now = OffsetDateTime.now();
        if (body.receivedAt() != null && applicant) {
            throw ProblemException.invalid("receivedAt", "only staff entering a letter set it");
        }
        r.status = r.lifecycle().clarified().status();
        RequestPause pause = RequestPause.find("requestId = ?1 and clarifiedAt is null", r.id).firstResult();
        OffsetDateTime at = body.receivedAt() == null ? now : body.receivedAt();
        if (at.isAfter(now)) {
            throw ProblemException.invalid("receivedAt", "must not be in the future");
        }
        if (at.isBefore(pause.askedAt)) {
            throw ProblemException.invalid("receivedAt", "must not be before the clarification was asked");
        }
        pause.clarifiedAt = at;
        RequestClock clock = clock();
        r.dueDate = clock.dueDate(timeline(r));
        r.clarificationDeadline = null;
        touched(r, now);
        history(r, RequestStep.CLARIFIED, at, applicant ? null : caller, null, CodedText.of("new-count",
                join("a new count starts: due " + r.dueDate, body.reason()), "dueDate", r.dueDate, "note", blankToNull(body.reason())));
        outbox.emit(RequestEvents.CLARIFIED, r.id, at, new RequestEvents.Clarified(r.trackingNo, r.receivedAt, at, r.dueDate));
        return applicant ? applicantView(r) : staffView(r, caller);
    }

    /** The one extension: admins only (the head of the disclosure office approves it). */
    @Transactional
    public StaffView extend(String trackingNo, RequestViews.Extension body, Caller caller) {
        caller.requireWorker("Requests");
        if (!caller.admin()) {
            throw ProblemException.forbidden("An extension is approved by the head of the office (role admin)");
        }
        RequestClock clock = clock();
        clock.checkExtension(body.workingDays());
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.status = r.lifecycle().extend().status();
        r.extensionDays = body.workingDays();
        r.extensionReason = body.reason().strip();
        r.extensionApprover = body.approver().strip();
        LocalDate before = r.dueDate;
        r.dueDate = clock.dueDate(timeline(r));
        touched(r, now);
        history(r, RequestStep.EXTEND, now, caller, null, CodedText.of("extended", "extended by " + r.extensionDays + " working days (due " + before
                + " → " + r.dueDate + "), approved by " + r.extensionApprover + ": " + r.extensionReason,
                "workingDays", r.extensionDays, "before", before, "after", r.dueDate, "approver", r.extensionApprover, "note", r.extensionReason));
        outbox.emit(RequestEvents.EXTENDED, r.id, now, new RequestEvents.Extended(r.trackingNo, r.receivedAt, now, r.extensionDays, r.dueDate));
        return staffView(r, caller);
    }

    @Transactional
    public StaffView feeNotice(String trackingNo, RequestViews.FeeNotice body, Caller caller) {
        caller.requireWorker("Requests");
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.status = r.lifecycle().feeNotice().status();
        r.feeAmount = body.amount();
        r.feeDeadline = clock().deadlineAfter(now, settings.feePaymentWorkingDays());
        touched(r, now);
        history(r, RequestStep.FEE_NOTICE, now, caller, null, CodedText.of("fee-notice",
                join("fee of " + body.amount().toPlainString() + " to pay by " + r.feeDeadline, body.reason()),
                "amount", body.amount(), "deadline", r.feeDeadline, "note", blankToNull(body.reason())));
        return staffView(r, caller);
    }

    @Transactional
    public StaffView feePaid(String trackingNo, RequestViews.Reason body, Caller caller) {
        caller.requireWorker("Requests");
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.status = r.lifecycle().feePaid().status();
        r.feeDeadline = null;
        touched(r, now);
        history(r, RequestStep.FEE_PAID, now, caller, null, CodedText.note(reason(body)));
        return staffView(r, caller);
    }

    @Transactional
    public StaffView reply(String trackingNo, RequestViews.Reply body, Caller caller) {
        caller.requireWorker("Requests");
        Outcome outcome = body.outcome();
        if (!outcome.replyable()) {
            throw ProblemException.invalid("outcome", outcome + " is recorded by closing the request, not by a reply");
        }
        if (outcome == Outcome.NOT_DISCLOSED && body.legalBasis() == null) {
            throw ProblemException.invalid("legalBasis", "is required when the information is not disclosed");
        }
        if (body.legalBasis() != null && outcome != Outcome.NOT_DISCLOSED && outcome != Outcome.PARTIALLY_DISCLOSED) {
            throw ProblemException.invalid("legalBasis", "is only for NOT_DISCLOSED and PARTIALLY_DISCLOSED");
        }
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.status = r.lifecycle().reply().status();
        Fee fee = body.fee() != null ? body.fee() : new Fee(r.feeAmount == null ? BigDecimal.ZERO : r.feeAmount, false);
        r.outcome = outcome;
        r.legalBasis = body.legalBasis();
        r.replyText = body.text().strip();
        r.replyDeliveryForm = body.deliveryForm();
        r.feeAmount = fee.amount();
        r.feeWaived = fee.waived();
        r.answeredAt = now;
        touched(r, now);
        history(r, RequestStep.REPLY, now, caller, null, CodedText.of("answered", "answered: " + outcome.chinese(), "outcome", outcome));
        boolean onTime = r.dueDate == null || !now.atZoneSameInstant(zone()).toLocalDate().isAfter(r.dueDate);
        outbox.emit(RequestEvents.ANSWERED, r.id, now, new RequestEvents.Answered(r.trackingNo, r.receivedAt, now, outcome.name(),
                name(r.legalBasis), r.applicantType.name(), name(r.applicantSubType),
                new RequestEvents.Fee(fee.amount(), fee.waived()), r.dueDate, onTime));
        return staffView(r, caller);
    }

    /** Withdrawn by the applicant (with the code), or by staff recording the applicant's letter. */
    @Transactional
    public Object withdraw(String trackingNo, RequestViews.Reason body, String code, String client, Caller caller) {
        boolean applicant = code != null;
        DisclosureRequest r = applicant ? lockByCode(trackingNo, code, client) : lockForWorker(trackingNo, caller);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        r.status = r.lifecycle().withdraw().status();
        r.endedAt = now;
        r.clarificationDeadline = null;
        r.feeDeadline = null;
        touched(r, now);
        history(r, RequestStep.WITHDRAW, now, applicant ? null : caller, null, CodedText.note(reason(body)));
        outbox.emit(RequestEvents.WITHDRAWN, r.id, now, new RequestEvents.Ended(r.trackingNo, r.receivedAt, now, null,
                r.applicantType.name(), name(r.applicantSubType)));
        return applicant ? applicantView(r) : staffView(r, caller);
    }

    /** A handler closes a request whose clarification or fee did not come by its deadline. */
    @Transactional
    public StaffView close(String trackingNo, RequestViews.Reason body, Caller caller) {
        caller.requireWorker("Requests");
        DisclosureRequest r = lockForStep(trackingNo);
        OffsetDateTime now = occurred(r, body == null ? null : body.occurredAt(), caller);
        if (r.status != RequestStatus.AWAITING_CLARIFICATION && r.status != RequestStatus.AWAITING_FEE) {
            throw new ProblemException(409, "wrong-state", "Step not allowed now",
                    "close: only a request waiting for a clarification or a fee is closed; this one is " + r.status);
        }
        LocalDate deadline = r.status == RequestStatus.AWAITING_FEE ? r.feeDeadline : r.clarificationDeadline;
        if (deadline != null && !now.atZoneSameInstant(zone()).toLocalDate().isAfter(deadline)) {
            throw new ProblemException(409, "wrong-state", "Step not allowed now",
                    "close: the applicant has until " + deadline + " to answer");
        }
        closeWaiting(r, now, caller, reason(body));
        return staffView(r, caller);
    }

    private void closeWaiting(DisclosureRequest r, OffsetDateTime now, Caller caller, String reason) {
        RequestLifecycle lifecycle = r.lifecycle();
        boolean unpaid = r.status == RequestStatus.AWAITING_FEE;
        r.status = unpaid ? lifecycle.closeUnpaid().status() : lifecycle.abandon().status();
        r.outcome = unpaid ? Outcome.OTHER_NO_FEE : Outcome.OTHER_NO_CLARIFICATION;
        r.endedAt = now;
        r.clarificationDeadline = null;
        r.feeDeadline = null;
        touched(r, now);
        history(r, unpaid ? RequestStep.CLOSE_UNPAID : RequestStep.ABANDON, now, caller, caller == null ? ActorRole.SYSTEM : null,
                CodedText.of(unpaid ? "closed-no-fee" : "closed-no-clarification",
                        join(unpaid ? "closed: the fee was not paid in time" : "closed: the clarification did not come in time", reason),
                        "note", reason));
        outbox.emit(RequestEvents.CLOSED, r.id, now, new RequestEvents.Ended(r.trackingNo, r.receivedAt, now, r.outcome.name(),
                r.applicantType.name(), name(r.applicantSubType)));
    }

    /** The scheduled job: requests whose clarification or fee deadline has ended are closed (by the system). */
    @Transactional
    public int closeExpiredWaits(OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(zone()).toLocalDate();
        List<DisclosureRequest> expired = DisclosureRequest.<DisclosureRequest>find(
                        "(status = ?1 and clarificationDeadline < ?3) or (status = ?2 and feeDeadline < ?3)",
                        RequestStatus.AWAITING_CLARIFICATION, RequestStatus.AWAITING_FEE, today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (DisclosureRequest r : expired) {
            closeWaiting(r, now, null, null);
        }
        return expired.size();
    }

    /** An admin changed a year's calendar: every open request gets its dates recounted, and its history says so. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCalendarChanged(@Observes CalendarChanged changed) {
        RequestClock clock = clock();
        OffsetDateTime now = OffsetDateTime.now();
        for (DisclosureRequest r : DisclosureRequest.<DisclosureRequest>list("status in ?1", OPEN)) {
            List<String> changes = new ArrayList<>();
            LocalDate due = clock.dueDate(timeline(r));
            if (!java.util.Objects.equals(due, r.dueDate)) {
                changes.add("due date " + r.dueDate + " → " + due);
                r.dueDate = due;
            }
            if (r.clarificationDeadline != null) {
                RequestPause open = RequestPause.find("requestId = ?1 and clarifiedAt is null", r.id).firstResult();
                LocalDate deadline = clock.deadlineAfter(open.askedAt, settings.clarificationWorkingDays());
                if (!deadline.equals(r.clarificationDeadline)) {
                    changes.add("clarification deadline " + r.clarificationDeadline + " → " + deadline);
                    r.clarificationDeadline = deadline;
                }
            }
            if (r.feeDeadline != null) {
                RequestHistory notice = RequestHistory.find("requestId = ?1 and step = ?2 order by id desc", r.id, RequestStep.FEE_NOTICE).firstResult();
                LocalDate deadline = clock.deadlineAfter(notice.at, settings.feePaymentWorkingDays());
                if (!deadline.equals(r.feeDeadline)) {
                    changes.add("fee deadline " + r.feeDeadline + " → " + deadline);
                    r.feeDeadline = deadline;
                }
            }
            if (!changes.isEmpty()) {
                touched(r, now);
                history(r, RequestStep.CALENDAR_CHANGED, now, null, ActorRole.ADMIN,
                        CodedText.of("calendar-changed", "the calendar of " + changed.year() + " changed: " + String.join(", ", changes),
                                "year", changed.year(), "changes", String.join(", ", changes)));
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    RequestClock clock() {
        return new RequestClock(calendar.workingDays(), calendar.dayNames(), new RequestClock.Settings(
                settings.replyWorkingDays(), settings.maxExtensionWorkingDays(), calendar.officeHours()));
    }

    private ZoneId zone() {
        return calendar.officeHours().zone();
    }

    private LocalDate today() {
        return LocalDate.now(zone());
    }

    private static RequestClock.Timeline timeline(DisclosureRequest r) {
        List<RequestClock.Pause> pauses = RequestPause.<RequestPause>list("requestId", r.id).stream()
                .map(p -> new RequestClock.Pause(p.askedAt, p.clarifiedAt)).toList();
        return new RequestClock.Timeline(r.receivedAt, pauses, r.extensionDays);
    }

    private boolean overdue(DisclosureRequest r) {
        return RequestClock.overdue(r.dueDate, r.status.clockRunning(), today());
    }

    private static DisclosureRequest find(String trackingNo) {
        DisclosureRequest r = DisclosureRequest.find("trackingNo", trackingNo).firstResult();
        if (r == null) {
            throw ProblemException.notFound("Request " + trackingNo);
        }
        return r;
    }

    private static DisclosureRequest lockForStep(String trackingNo) {
        DisclosureRequest r = DisclosureRequest.<DisclosureRequest>find("trackingNo", trackingNo)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (r == null) {
            throw ProblemException.notFound("Request " + trackingNo);
        }
        return r;
    }

    private DisclosureRequest lockForWorker(String trackingNo, Caller caller) {
        caller.requireWorker("Requests");
        return lockForStep(trackingNo);
    }

    private DisclosureRequest byCode(String trackingNo, String code, String client) {
        throttle.check(client);
        DisclosureRequest r = DisclosureRequest.find("trackingNo", trackingNo).firstResult();
        if (r == null || !AccessCodes.matches(code, r.accessCodeHash)) {
            throttle.failed(trackingNo, client);
            throw ProblemException.notFound("Request " + trackingNo);
        }
        return r;
    }

    private DisclosureRequest lockByCode(String trackingNo, String code, String client) {
        byCode(trackingNo, code, client);
        return lockForStep(trackingNo);
    }

    /**
     * When a step happened: now, or, for staff recording a step that already happened (a letter answered on
     * paper last week), {@code occurredAt}: not in the future, not before the request's previous step.
     */
    private static OffsetDateTime occurred(DisclosureRequest r, OffsetDateTime occurredAt, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        if (occurredAt == null) {
            return now;
        }
        if (!caller.worksOnRequests()) {
            throw ProblemException.invalid("occurredAt", "is for staff only");
        }
        if (occurredAt.isAfter(now)) {
            throw ProblemException.invalid("occurredAt", "must not be after now");
        }
        OffsetDateTime previous = Panache.getEntityManager().createQuery(
                        "select max(h.at) from RequestHistory h where h.requestId = ?1 and h.step <> ?2", OffsetDateTime.class)
                .setParameter(1, r.id).setParameter(2, RequestStep.CALENDAR_CHANGED).getSingleResult();
        if (previous != null && occurredAt.isBefore(previous)) {
            throw ProblemException.invalid("occurredAt", "must not be before the previous step (" + previous.atZoneSameInstant(
                    java.time.ZoneOffset.ofHours(8)).toOffsetDateTime() + ")");
        }
        return occurredAt;
    }

    private static void touched(DisclosureRequest r, OffsetDateTime now) {
        r.updatedAt = now;
    }

    /** One history row; {@code caller} null means the applicant (or, with {@code role}, the system or an admin's change). */
    private static void history(DisclosureRequest r, RequestStep step, OffsetDateTime at, Caller caller, ActorRole role, CodedText why) {
        RequestHistory h = new RequestHistory();
        h.requestId = r.id;
        h.at = at;
        h.step = step;
        if (caller != null && !caller.anonymous()) {
            h.actorRole = caller.admin() ? ActorRole.ADMIN : ActorRole.HANDLER;
            h.actor = caller.subject();
        } else {
            h.actorRole = role != null ? role : ActorRole.APPLICANT;
        }
        String reason = why == null ? null : why.text();
        h.reason = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        h.code = why == null ? null : why.code();
        h.params = why == null ? null : why.paramsJson();
        // a step dated before it was entered (occurredAt, a letter's receivedAt) keeps when it was entered
        OffsetDateTime entered = OffsetDateTime.now();
        h.recordedAt = at.isBefore(entered.minusMinutes(1)) ? entered : null;
        h.persist();
    }

    /** Staff see every step with the account; the applicant the steps meant for them (not who handles it inside). */
    private List<Step> steps(DisclosureRequest r, boolean staff) {
        return RequestHistory.<RequestHistory>list("requestId = ?1 order by id", r.id).stream()
                .filter(h -> staff || h.step != RequestStep.ASSIGN)
                .map(h -> new Step(h.at, h.step.path(), h.actorRole, staff ? h.actor : null, h.reason, h.code,
                        CodedText.paramsOf(h.params), h.recordedAt)).toList();
    }

    private ApplicantView applicantView(DisclosureRequest r) {
        return new ApplicantView(r.trackingNo, r.status, r.channel, r.receivedAt, r.effectiveReceipt, r.dueDate, provisional(r), overdue(r),
                extension(r), waitingFor(r), replyView(r), steps(r, false));
    }

    private StaffView staffView(DisclosureRequest r, Caller caller) {
        boolean unmasked = caller.worksOnRequests();
        ApplicantDetails applicant = unmasked
                ? new ApplicantDetails(r.applicantType, r.applicantSubType, r.applicantName, r.applicantIdNumber,
                        r.applicantPhone, r.applicantEmail, r.applicantAddress, false)
                : new ApplicantDetails(r.applicantType, r.applicantSubType, Masks.name(r.applicantName),
                        Masks.number(r.applicantIdNumber), Masks.number(r.applicantPhone), Masks.email(r.applicantEmail),
                        Masks.address(r.applicantAddress), true);
        Fee feeNotice = r.feeAmount != null && r.answeredAt == null ? new Fee(r.feeAmount, false) : null;
        if (!unmasked) {
            // auditors read the structured fields only: free text (what was asked, why, the reply, reasons) may name people
            ReplyView reply = replyView(r);
            ExtensionView extension = extension(r);
            return new StaffView(r.trackingNo, r.status, r.channel, r.receivedAt, r.effectiveReceipt, r.dueDate, provisional(r), overdue(r), applicant,
                    null, r.documentNumber, r.documentDate, null, r.deliveryForm, r.deliveryMethod, r.ownInformation,
                    r.identityVerified, r.handler,
                    extension == null ? null : new ExtensionView(extension.workingDays(), null, extension.approver()),
                    waitingFor(r), feeNotice,
                    reply == null ? null : new ReplyView(reply.outcome(), reply.outcomeName(), reply.legalBasis(), reply.legalBasisName(),
                            null, reply.deliveryForm(), reply.fee(), reply.answeredAt()),
                    r.outcome, r.version,
                    steps(r, true).stream().map(h -> new Step(h.at(), h.step(), h.actorRole(), h.actor(), null, h.code(),
                            CodedText.withoutNote(h.params()), h.recordedAt())).toList());
        }
        return new StaffView(r.trackingNo, r.status, r.channel, r.receivedAt, r.effectiveReceipt, r.dueDate, provisional(r), overdue(r), applicant,
                r.description, r.documentNumber, r.documentDate, r.purpose, r.deliveryForm, r.deliveryMethod, r.ownInformation,
                r.identityVerified, r.handler, extension(r), waitingFor(r), feeNotice, replyView(r), r.outcome, r.version,
                steps(r, true));
    }

    /** {@code entered}: the years whose calendar is entered, read once for a page. */
    private Summary summary(DisclosureRequest r, boolean unmasked, Set<Integer> entered) {
        boolean provisional = false;
        if (r.status.open() && r.dueDate != null) {
            for (int y = r.receivedAt.atZoneSameInstant(zone()).getYear(); y <= r.dueDate.getYear(); y++) {
                provisional |= !entered.contains(y);
            }
        }
        return new Summary(r.trackingNo, r.status, r.channel, r.receivedAt, r.dueDate, provisional ? Boolean.TRUE : null, overdue(r),
                r.applicantType, r.applicantSubType, unmasked ? r.applicantName : Masks.name(r.applicantName), r.handler, r.outcome);
    }

    private static ExtensionView extension(DisclosureRequest r) {
        return r.extensionDays > 0 ? new ExtensionView(r.extensionDays, r.extensionReason, r.extensionApprover) : null;
    }

    private static ApplicantAction waitingFor(DisclosureRequest r) {
        return switch (r.status) {
            case AWAITING_CLARIFICATION -> new ApplicantAction("clarify", r.clarificationDeadline, null);
            case AWAITING_FEE -> new ApplicantAction("pay", r.feeDeadline, r.feeAmount);
            default -> null;
        };
    }

    private static ReplyView replyView(DisclosureRequest r) {
        if (r.answeredAt == null) {
            return r.outcome == null ? null : new ReplyView(r.outcome, r.outcome.chinese(), null, null, null, null, null, null);
        }
        return new ReplyView(r.outcome, r.outcome.chinese(), r.legalBasis, r.legalBasis == null ? null : r.legalBasis.chinese(),
                r.replyText, r.replyDeliveryForm, new Fee(r.feeAmount, Boolean.TRUE.equals(r.feeWaived)),
                r.answeredAt.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String reason(RequestViews.Reason body) {
        return body == null ? null : blankToNull(body.reason());
    }

    private static String join(String what, String reason) {
        return reason == null || reason.isBlank() ? what : what + ": " + reason.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
