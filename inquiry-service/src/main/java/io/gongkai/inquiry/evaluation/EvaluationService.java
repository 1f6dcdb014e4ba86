package io.gongkai.inquiry.evaluation;

import io.gongkai.commons.outbox.OutboxWriter;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.inquiry.outbox.CaseEvents;
import io.gongkai.inquiry.security.Caller;
import io.gongkai.inquiry.security.Limit;
import io.gongkai.inquiry.security.LimitStore;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Public evaluations of the disclosure work: anonymous, limited per client, summarised per report year. */
@ApplicationScoped
public class EvaluationService {

    private final OutboxWriter outbox;
    private final Limit limit;

    public EvaluationService(OutboxWriter outbox, LimitStore limits,
                             @ConfigProperty(name = "gongkai.evaluations.per-client-per-hour", defaultValue = "10") int perClientPerHour) {
        this.outbox = outbox;
        this.limit = limits.limit("submit-evaluation", perClientPerHour, Duration.ofHours(1));
    }

    @Transactional
    public EvaluationViews.Received submit(EvaluationViews.Submission body, String client, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime receivedAt = body.receivedAt() == null ? now : body.receivedAt();
        if (body.receivedAt() != null) {
            // an evaluation received on paper, entered by staff with the day it came
            if (!caller.worksOnRequests()) {
                throw ProblemException.forbidden("Only staff enter an evaluation received on paper (receivedAt)");
            }
            if (receivedAt.isAfter(now)) {
                throw ProblemException.invalid("receivedAt", "must not be in the future");
            }
            if (receivedAt.getYear() < 2000) {
                throw ProblemException.invalid("receivedAt", "must not be before 2000");
            }
        }
        if (client != null && !caller.worksOnRequests()) {
            limit.acquire(client, "Too many submissions", "Too many evaluations from this client; try again later");
        }
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.rating = body.rating();
        e.comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().strip();
        e.receivedAt = receivedAt;
        e.persist();
        // the comment stays here: free text may name people
        outbox.emit(CaseEvents.EVALUATION_RECEIVED, e.id, e.receivedAt, new CaseEvents.EvaluationReceived(e.rating, e.receivedAt));
        return new EvaluationViews.Received(e.id, e.rating, e.receivedAt);
    }

    /** Count, average and distribution of the ratings received in a report year (or from/to). */
    @Transactional
    public EvaluationViews.Summary summary(Integer year, java.time.LocalDate from, java.time.LocalDate to, Caller caller) {
        if (caller.anonymous()) {
            throw new UnauthorizedException();
        }
        if (!caller.readsRequests()) {
            throw ProblemException.forbidden("The summary is for handlers, admins and auditors");
        }
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, true);
        List<Object[]> rows = Evaluation.getEntityManager().createQuery(
                        "select e.rating, count(e) from Evaluation e where e.receivedAt >= ?1 and e.receivedAt < ?2 group by e.rating",
                        Object[].class)
                .setParameter(1, period.startInstant()).setParameter(2, period.endExclusiveInstant()).getResultList();
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int r = 1; r <= 5; r++) {
            distribution.put(Integer.toString(r), 0L);
        }
        long count = 0;
        long sum = 0;
        for (Object[] row : rows) {
            int rating = ((Number) row[0]).intValue();
            long n = ((Number) row[1]).longValue();
            distribution.put(Integer.toString(rating), n);
            count += n;
            sum += rating * n;
        }
        BigDecimal average = count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new EvaluationViews.Summary(period.from(), period.to(), count, average, distribution);
    }
}
