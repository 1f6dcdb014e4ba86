package io.gongkai.inquiry.petition;

import io.gongkai.commons.calendar.WorkingDays;
import io.gongkai.commons.outbox.OutboxWriter;
import io.gongkai.commons.paging.Cursors;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.inquiry.calendar.CalendarService;
import io.gongkai.inquiry.outbox.PetitionEvents;
import io.gongkai.inquiry.petition.PetitionViews.ChannelView;
import io.gongkai.inquiry.petition.PetitionViews.Contact;
import io.gongkai.inquiry.petition.PetitionViews.PetitionerView;
import io.gongkai.inquiry.petition.PetitionViews.StaffView;
import io.gongkai.inquiry.petition.PetitionViews.Step;
import io.gongkai.inquiry.request.RequestEnums.ActorRole;
import io.gongkai.inquiry.security.AccessCodes;
import io.gongkai.inquiry.security.Caller;
import io.gongkai.inquiry.request.CodedText;
import io.gongkai.inquiry.request.RequestSettings;
import io.gongkai.inquiry.security.Masks;
import io.gongkai.inquiry.security.Limit;
import io.gongkai.inquiry.security.LimitStore;
import io.gongkai.inquiry.security.WrongCodeThrottle;
import io.gongkai.commons.web.ETags;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Petitions (信访): intake, the petitioner's and the staff's views, assign → reply → close, and the reference data. */
@ApplicationScoped
public class PetitionService {

    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00+08:00");

    private final CalendarService calendar;
    private final OutboxWriter outbox;
    private final WrongCodeThrottle throttle;
    private final int defaultReplyWorkingDays;
    private final Limit intake;

    public PetitionService(CalendarService calendar, OutboxWriter outbox, WrongCodeThrottle throttle, RequestSettings settings, LimitStore limits,
                           @ConfigProperty(name = "gongkai.petitions.reply-working-days", defaultValue = "15") int defaultReplyWorkingDays) {
        this.calendar = calendar;
        this.outbox = outbox;
        this.throttle = throttle;
        this.defaultReplyWorkingDays = defaultReplyWorkingDays;
        this.intake = limits.limit("submit-petition", settings.intakePerClientPerHour(), java.time.Duration.ofHours(1));
    }

    // ---- reference data ------------------------------------------------------------------------

    public List<ChannelView> channels() {
        return PetitionChannel.<PetitionChannel>list("order by position, code").stream().map(this::view).toList();
    }

    public List<PetitionViews.CategoryView> categories() {
        return PetitionCategory.<PetitionCategory>list("order by position, code").stream()
                .map(c -> new PetitionViews.CategoryView(c.code, c.name)).toList();
    }

    /** Creates or replaces a channel (admin); {@code ifMatch} guards a replacement. */
    @Transactional
    public Map.Entry<ChannelView, Boolean> putChannel(String code, PetitionViews.ChannelRequest body, String ifMatch, Caller caller) {
        if (!caller.admin()) {
            throw caller.anonymous() ? new UnauthorizedException() : ProblemException.forbidden("Channels are maintained by admins");
        }
        PetitionChannel channel = PetitionChannel.findById(code);
        boolean created = channel == null;
        if (created) {
            channel = new PetitionChannel();
            channel.code = code;
        } else {
            ETags.requireMatch(ifMatch, channel.version);
        }
        channel.name = body.name().strip();
        channel.reportGroup = body.reportGroup();
        channel.reportGroupName = body.reportGroupName().strip();
        channel.replyWorkingDays = body.replyWorkingDays();
        channel.active = body.active();
        channel.position = body.position();
        channel.persist();
        PetitionChannel.flush();
        return Map.entry(view(channel), created);
    }

    private ChannelView view(PetitionChannel c) {
        return new ChannelView(c.code, c.name, c.reportGroup, c.reportGroupName, replyDays(c), c.active, c.position, c.version);
    }

    private int replyDays(PetitionChannel c) {
        return c.replyWorkingDays != null ? c.replyWorkingDays : defaultReplyWorkingDays;
    }

    // ---- intake --------------------------------------------------------------------------------

    /** Anonymous submissions are limited per client address (the requests' setting); staff entering calls are not. */
    @Transactional
    public PetitionViews.Submitted submit(PetitionViews.Submission s, String client, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        if (!caller.worksOnRequests() && client != null) {
            intake.acquire(client, "Too many submissions", "Too many petitions from this client; try again later");
        }
        if (s.receivedAt() != null && !caller.worksOnRequests()) {
            throw ProblemException.forbidden("Only staff entering a call or a letter set receivedAt");
        }
        OffsetDateTime receivedAt = s.receivedAt() == null ? now : s.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw ProblemException.invalid("receivedAt", "must not be in the future");
        }
        if (receivedAt.isBefore(EARLIEST)) {
            throw ProblemException.invalid("receivedAt", "must not be before 2000");
        }
        PetitionChannel channel = PetitionChannel.findById(s.channel());
        if (channel == null || !channel.active) {
            throw ProblemException.invalid("channel", "is not an active petition channel (see /api/v1/petition-channels)");
        }
        if (PetitionCategory.findById(s.category()) == null) {
            throw ProblemException.invalid("category", "is not a petition category (see /api/v1/petition-categories)");
        }
        Petition p = new Petition();
        p.id = UUID.randomUUID();
        p.trackingNo = nextTrackingNo(receivedAt.atZoneSameInstant(calendar.officeHours().zone()).getYear());
        p.status = PetitionStatus.RECEIVED;
        p.channel = channel.code;
        p.category = s.category();
        p.subject = s.subject().strip();
        p.content = s.content().strip();
        Contact contact = s.contact();
        if (contact != null) {
            p.contactName = blankToNull(contact.name());
            p.contactPhone = blankToNull(contact.phone());
            p.contactEmail = blankToNull(contact.email());
        }
        p.receivedAt = receivedAt;
        WorkingDays.OfficeHours hours = calendar.officeHours();
        p.dueDate = calendar.workingDays().dueDate(receivedAt.atZoneSameInstant(hours.zone()), hours, replyDays(channel));
        String code = AccessCodes.generate();
        p.accessCodeHash = AccessCodes.hash(code);
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        history(p, "receive", now, caller, CodedText.of("received-by", "received by " + channel.name,
                "channel", channel.code, "channelName", channel.name));
        outbox.emit(PetitionEvents.RECEIVED, p.id, receivedAt, new PetitionEvents.Received(p.trackingNo, receivedAt, p.channel,
                channel.reportGroup, p.category, p.dueDate));
        return new PetitionViews.Submitted(p.trackingNo, code, p.status, p.receivedAt, p.dueDate);
    }

    private static String nextTrackingNo(int year) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery(
                        "INSERT INTO petition_counter (year, last) VALUES (?1, 1) "
                                + "ON CONFLICT (year) DO UPDATE SET last = petition_counter.last + 1 RETURNING last")
                .setParameter(1, year).getSingleResult();
        return String.format("XF-%d-%06d", year, n.intValue());
    }

    // ---- reading -------------------------------------------------------------------------------

    @Transactional
    public PetitionerView forPetitioner(String trackingNo, String code, String client) {
        throttle.check(client);
        Petition p = Petition.find("trackingNo", trackingNo).firstResult();
        if (p == null || !AccessCodes.matches(code, p.accessCodeHash)) {
            throttle.failed(trackingNo, client);
            throw ProblemException.notFound("Petition " + trackingNo);
        }
        return new PetitionerView(p.trackingNo, p.status, p.channel, p.category, p.subject, p.receivedAt, p.dueDate, overdue(p),
                p.unit, p.replyText, p.repliedAt, steps(p, false));
    }

    @Transactional
    public StaffView forStaff(String trackingNo, Caller caller) {
        caller.requireReader("Petitions");
        return staffView(find(trackingNo, false), caller);
    }

    @Transactional
    public PetitionViews.SummaryPage list(PetitionStatus status, String channel, String reportGroup, Boolean overdue,
                                          Integer year, LocalDate from, LocalDate to, String cursor, int limit, Caller caller) {
        caller.requireReader("Petitions");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (channel != null && !channel.isBlank()) {
            where.append(" and channel = :channel");
            params.put("channel", channel.strip());
        }
        if (reportGroup != null && !reportGroup.isBlank()) {
            where.append(" and channel in (select c.code from PetitionChannel c where c.reportGroup = :group)");
            params.put("group", reportGroup.strip());
        }
        if (overdue != null) {
            where.append(overdue ? " and" : " and not").append(" (status in :waiting and dueDate < :today)");
            params.put("waiting", List.of(PetitionStatus.RECEIVED, PetitionStatus.ASSIGNED));
            params.put("today", today());
        }
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, false);
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
            try {
                params.put("cAt", OffsetDateTime.ofInstant(Instant.parse(parts.get(0)), ZoneOffset.UTC));
                params.put("cId", UUID.fromString(parts.get(1)));
            } catch (RuntimeException e) {
                throw Cursors.invalid();
            }
            where.append(" and (receivedAt < :cAt or (receivedAt = :cAt and id < :cId))");
        }
        List<Petition> rows = Petition.<Petition>find(where + " order by receivedAt desc, id desc", params).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Petition> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Petition last = page.get(page.size() - 1);
            next = Cursors.encode(last.receivedAt.toInstant().toString(), last.id.toString());
        }
        boolean unmasked = caller.worksOnRequests();
        return new PetitionViews.SummaryPage(page.stream().map(p -> new PetitionViews.Summary(p.trackingNo, p.status, p.channel,
                p.category, unmasked ? p.subject : null, p.receivedAt, p.dueDate, overdue(p), p.unit)).toList(), next);
    }

    // ---- steps ---------------------------------------------------------------------------------

    @Transactional
    public StaffView assign(String trackingNo, PetitionViews.Assignment body, Caller caller) {
        caller.requireWorker("Petitions");
        Petition p = find(trackingNo, true);
        OffsetDateTime now = OffsetDateTime.now();
        p.status = PetitionLifecycle.assign(p.status);
        p.unit = body.unit().strip();
        p.updatedAt = now;
        history(p, "assign", now, caller, CodedText.of("assigned-to", join("assigned to " + p.unit, body.reason()),
                "unit", p.unit, "note", blankToNull(body.reason())));
        return staffView(p, caller);
    }

    @Transactional
    public StaffView reply(String trackingNo, PetitionViews.Reply body, Caller caller) {
        caller.requireWorker("Petitions");
        Petition p = find(trackingNo, true);
        OffsetDateTime now = OffsetDateTime.now();
        p.status = PetitionLifecycle.reply(p.status);
        p.replyText = body.text().strip();
        p.repliedAt = now;
        p.updatedAt = now;
        history(p, "reply", now, caller, CodedText.of("answered-by", "answered by " + p.unit, "unit", p.unit));
        return staffView(p, caller);
    }

    @Transactional
    public StaffView close(String trackingNo, PetitionViews.Closing body, Caller caller) {
        caller.requireWorker("Petitions");
        Petition p = find(trackingNo, true);
        OffsetDateTime now = OffsetDateTime.now();
        p.status = PetitionLifecycle.close(p.status);
        p.satisfaction = body == null || body.satisfaction() == null ? Petition.Satisfaction.UNKNOWN : body.satisfaction();
        p.closedAt = now;
        p.updatedAt = now;
        history(p, "close", now, caller, CodedText.of("satisfaction", join("satisfaction: " + p.satisfaction, body == null ? null : body.reason()),
                "satisfaction", p.satisfaction, "note", body == null ? null : blankToNull(body.reason())));
        PetitionChannel channel = PetitionChannel.findById(p.channel);
        boolean onTime = !p.repliedAt.atZoneSameInstant(calendar.officeHours().zone()).toLocalDate().isAfter(p.dueDate);
        outbox.emit(PetitionEvents.CLOSED, p.id, now, new PetitionEvents.Closed(p.trackingNo, p.receivedAt, p.repliedAt, now,
                p.channel, channel.reportGroup, p.category, p.satisfaction.name(), onTime));
        return staffView(p, caller);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(calendar.officeHours().zone());
    }

    private boolean overdue(Petition p) {
        return p.status.awaitingReply() && today().isAfter(p.dueDate);
    }

    private static Petition find(String trackingNo, boolean lock) {
        var query = Petition.<Petition>find("trackingNo", trackingNo);
        Petition p = (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResult();
        if (p == null) {
            throw ProblemException.notFound("Petition " + trackingNo);
        }
        return p;
    }

    private StaffView staffView(Petition p, Caller caller) {
        boolean unmasked = caller.worksOnRequests();
        Contact contact = p.contactName == null && p.contactPhone == null && p.contactEmail == null ? null
                : unmasked ? new Contact(p.contactName, p.contactPhone, p.contactEmail)
                : new Contact(Masks.name(p.contactName), Masks.number(p.contactPhone), Masks.email(p.contactEmail));
        PetitionChannel channel = PetitionChannel.findById(p.channel);
        if (!unmasked) {
            // auditors read the structured fields only: a petition's subject, content, reply and reasons may name people and places
            return new StaffView(p.trackingNo, p.status, p.channel, channel.reportGroup, p.category, null, null, contact,
                    true, p.receivedAt, p.dueDate, overdue(p), p.unit, null, p.repliedAt, p.satisfaction, p.closedAt,
                    p.version, steps(p, true).stream().map(h -> new Step(h.at(), h.step(), h.actorRole(), h.actor(), null, h.code(),
                            CodedText.withoutNote(h.params()))).toList());
        }
        return new StaffView(p.trackingNo, p.status, p.channel, channel.reportGroup, p.category, p.subject, p.content, contact,
                !unmasked, p.receivedAt, p.dueDate, overdue(p), p.unit, p.replyText, p.repliedAt, p.satisfaction, p.closedAt,
                p.version, steps(p, true));
    }

    private static List<Step> steps(Petition p, boolean withActor) {
        return PetitionHistory.<PetitionHistory>list("petitionId = ?1 order by id", p.id).stream()
                .map(h -> new Step(h.at, h.step, h.actorRole, withActor ? h.actor : null, h.reason, h.code, CodedText.paramsOf(h.params))).toList();
    }

    private static void history(Petition p, String step, OffsetDateTime at, Caller caller, CodedText why) {
        PetitionHistory h = new PetitionHistory();
        h.petitionId = p.id;
        h.at = at;
        h.step = step;
        if (!caller.worksOnRequests()) {
            h.actorRole = ActorRole.APPLICANT;
        } else {
            h.actorRole = caller.admin() ? ActorRole.ADMIN : ActorRole.HANDLER;
            h.actor = caller.subject();
        }
        h.reason = why.text();
        h.code = why.code();
        h.params = why.paramsJson();
        h.persist();
    }

    private static String join(String what, String reason) {
        return reason == null || reason.isBlank() ? what : what + ": " + reason.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
