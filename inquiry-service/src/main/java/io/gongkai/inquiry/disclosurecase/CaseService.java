package io.gongkai.inquiry.disclosurecase;

import io.gongkai.commons.outbox.OutboxWriter;
import io.gongkai.commons.paging.Cursors;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.inquiry.outbox.CaseEvents;
import io.gongkai.inquiry.request.DisclosureRequest;
import io.gongkai.inquiry.security.Caller;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Complaints, reviews and lawsuits about the disclosure work: recorded and closed by handlers and admins. */
@ApplicationScoped
public class CaseService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final OutboxWriter outbox;

    public CaseService(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public CaseViews.View record(CaseViews.Submission s, Caller caller) {
        requireWorker(caller);
        LocalDate today = LocalDate.now(ZONE);
        if (s.receivedOn().isAfter(today)) {
            throw ProblemException.invalid("receivedOn", "must not be in the future");
        }
        if ((s.kind() == DisclosureCase.Kind.LAWSUIT) != (s.lawsuitRoute() != null)) {
            throw ProblemException.invalid("lawsuitRoute", "is required for a LAWSUIT and only for it");
        }
        if (s.relatedRequest() != null && DisclosureRequest.count("trackingNo", s.relatedRequest()) == 0) {
            throw ProblemException.invalid("relatedRequest", "is not a known request");
        }
        DisclosureCase c = new DisclosureCase();
        c.id = UUID.randomUUID();
        c.kind = s.kind();
        c.lawsuitRoute = s.lawsuitRoute();
        c.receivedOn = s.receivedOn();
        c.subject = s.subject().strip();
        c.relatedRequest = s.relatedRequest();
        c.status = DisclosureCase.Status.OPEN;
        c.createdAt = OffsetDateTime.now();
        c.persist();
        outbox.emit(CaseEvents.CASE_RECEIVED, c.id, c.receivedOn.atStartOfDay(ZONE).toOffsetDateTime(),
                new CaseEvents.CaseReceived(c.kind.name(), name(c.lawsuitRoute), c.receivedOn, c.relatedRequest));
        DisclosureCase.flush();
        return CaseViews.View.of(c);
    }

    @Transactional
    public CaseViews.View close(UUID id, CaseViews.Closing body, Caller caller) {
        requireWorker(caller);
        DisclosureCase c = DisclosureCase.<DisclosureCase>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Case " + id);
        }
        if (c.status == DisclosureCase.Status.CLOSED) {
            throw new ProblemException(409, "wrong-state", "Step not allowed now", "close: the case is already closed");
        }
        if (body.closedOn().isBefore(c.receivedOn) || body.closedOn().isAfter(LocalDate.now(ZONE))) {
            throw ProblemException.invalid("closedOn", "must be between the day received and today");
        }
        c.status = DisclosureCase.Status.CLOSED;
        c.result = body.result();
        c.closedOn = body.closedOn();
        c.note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        outbox.emit(CaseEvents.CASE_CLOSED, c.id, c.closedOn.atStartOfDay(ZONE).toOffsetDateTime(),
                new CaseEvents.CaseClosed(c.kind.name(), name(c.lawsuitRoute), c.receivedOn, c.closedOn, c.result.name()));
        DisclosureCase.flush();
        return CaseViews.View.of(c);
    }

    @Transactional
    public CaseViews.View get(UUID id, Caller caller) {
        requireReader(caller);
        DisclosureCase c = DisclosureCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Case " + id);
        }
        return CaseViews.View.of(c);
    }

    @Transactional
    public CaseViews.Page list(DisclosureCase.Kind kind, DisclosureCase.Status status, Integer year, LocalDate from, LocalDate to,
                               String cursor, int limit, Caller caller) {
        requireReader(caller);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, false);
        if (period.from() != null) {
            where.append(" and receivedOn >= :from");
            params.put("from", period.from());
        }
        if (period.to() != null) {
            where.append(" and receivedOn <= :to");
            params.put("to", period.to());
        }
        if (cursor != null) {
            List<String> parts = Cursors.decode(cursor, 2);
            try {
                params.put("cOn", LocalDate.parse(parts.get(0)));
                params.put("cId", UUID.fromString(parts.get(1)));
            } catch (RuntimeException e) {
                throw Cursors.invalid();
            }
            where.append(" and (receivedOn < :cOn or (receivedOn = :cOn and id < :cId))");
        }
        List<DisclosureCase> rows = DisclosureCase.<DisclosureCase>find(where + " order by receivedOn desc, id desc", params)
                .page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<DisclosureCase> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursors.encode(page.get(page.size() - 1).receivedOn.toString(), page.get(page.size() - 1).id.toString()) : null;
        return new CaseViews.Page(page.stream().map(CaseViews.View::of).toList(), next);
    }

    private static void requireReader(Caller caller) {
        if (caller.anonymous()) {
            throw new UnauthorizedException();
        }
        if (!caller.readsRequests()) {
            throw ProblemException.forbidden("Cases are read by handlers, admins and auditors");
        }
    }

    private static void requireWorker(Caller caller) {
        if (caller.anonymous()) {
            throw new UnauthorizedException();
        }
        if (!caller.worksOnRequests()) {
            throw ProblemException.forbidden("Cases are recorded by handlers and admins");
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
