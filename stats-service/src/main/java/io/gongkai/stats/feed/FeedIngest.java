package io.gongkai.stats.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.stats.figure.DailyCounts;
import io.gongkai.stats.figure.FigureRepository;
import io.gongkai.stats.request.RequestFigureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a page of a feed in one transaction with its cursor: each event once (the page's event ids are
 * recorded as applied in the same transaction), in feed order, each applier reading and writing once for
 * the whole page. An event that cannot be applied rolls the page back and is reported with its index, so
 * that the consumer can keep what came before it.
 */
@ApplicationScoped
public class FeedIngest {

    private final Map<String, EventApplier> appliers = new HashMap<>();
    private final EntityManager em;
    private final FigureRepository figures;
    private final RequestFigureRepository requests;
    private final DailyCounts counts;
    private final AppliedEvents applied;

    public FeedIngest(Instance<EventApplier> all, EntityManager em, FigureRepository figures, RequestFigureRepository requests,
                      DailyCounts counts, AppliedEvents applied) {
        for (EventApplier applier : all) {
            applier.types().forEach(type -> appliers.put(type, applier));
        }
        this.em = em;
        this.figures = figures;
        this.requests = requests;
        this.counts = counts;
        this.applied = applied;
    }

    /** Thrown (rolling the page back) when the event at {@code index} cannot be applied. */
    public static class Failed extends RuntimeException {
        final int index;

        Failed(int index, String reason) {
            super(reason);
            this.index = index;
        }
    }

    /**
     * @param after the position the page was read after; when the cursor has moved since (a rebuild, an
     *              admin's skip) the page is stale and nothing is applied
     * @return false when the page was stale
     */
    @Transactional
    public boolean apply(String feed, String after, List<FeedEvent> events, String head, long lag) {
        FeedCursor cursor = FeedCursor.lockOrCreate(feed);
        if (!cursor.position.equals(after)) {
            return false;
        }
        Set<UUID> fresh = applied.recordFirstTime(feed, events);
        Map<EventApplier, EventApplier.PageWork> works = begin(events, fresh);
        for (int i = 0; i < events.size(); i++) {
            FeedEvent event = events.get(i);
            // removed once applied: an event served twice in one page counts once
            if (fresh.remove(event.id())) {
                if (event.unreadable() != null) {
                    throw new Failed(i, event.unreadable());
                }
                EventApplier applier = appliers.get(event.type());
                if (applier == null) {
                    throw new Failed(i, "no figure counts events of type " + event.type());
                }
                try {
                    works.get(applier).apply(event);
                } catch (UnappliableEvent e) {
                    throw new Failed(i, e.getMessage());
                }
            }
            cursor.position = event.position();
            cursor.applied++;
        }
        works.values().forEach(EventApplier.PageWork::write);
        cursor.head = head;
        cursor.lag = lag;
        cursor.lastPolledAt = OffsetDateTime.now();
        cursor.lastError = null;
        return true;
    }

    /** Each applier's work on the page: its readable events that were not applied before. */
    private Map<EventApplier, EventApplier.PageWork> begin(List<FeedEvent> events, Set<UUID> fresh) {
        Map<EventApplier, List<FeedEvent>> byApplier = new LinkedHashMap<>();
        for (FeedEvent event : events) {
            EventApplier applier = appliers.get(event.type());
            if (applier != null && event.unreadable() == null && fresh.contains(event.id())) {
                byApplier.computeIfAbsent(applier, a -> new ArrayList<>()).add(event);
            }
        }
        Map<EventApplier, EventApplier.PageWork> works = new LinkedHashMap<>();
        byApplier.forEach((applier, its) -> works.put(applier, applier.begin(its)));
        return works;
    }

    /** Where a feed's cursor stands, read fresh in a transaction of its own (never a cached entity). */
    @Transactional
    public Optional<Cursor> cursor(String feed) {
        return FeedCursor.<FeedCursor>findByIdOptional(feed).map(c -> new Cursor(c.position, c.head, c.lag, c.applied, c.lastError));
    }

    /** Whether the feed is stopped at an event an admin has not decided about yet. */
    @Transactional
    public boolean stopped(String feed) {
        return DeadLetter.openFor(feed).isPresent();
    }

    public record Cursor(String position, String head, long lag, long applied, String lastError) {
    }

    /** A poll that failed: the cursor stays, the reason is kept for health and the admin. */
    @Transactional
    public void failed(String feed, String reason) {
        FeedCursor cursor = FeedCursor.lockOrCreate(feed);
        cursor.lastPolledAt = OffsetDateTime.now();
        cursor.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** Records the event the feed stops at; a retried event that fails again keeps its one entry. */
    @Transactional
    public DeadLetter deadLetter(String feed, String position, UUID eventId, String type, JsonNode raw, String reason) {
        String shortReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        DeadLetter letter = DeadLetter.at(feed, position).filter(d -> d.decision != DeadLetter.Decision.SKIP).orElse(null);
        if (letter == null) {
            letter = new DeadLetter();
            letter.id = UUID.randomUUID();
            letter.feed = feed;
            letter.position = position;
            letter.eventId = eventId;
            letter.type = type;
            letter.payload = raw == null ? null : raw.toString();
            letter.attempts = 1;
            letter.receivedAt = OffsetDateTime.now();
            letter.reason = shortReason;
            letter.persist();
        } else {
            letter.attempts++;
            letter.reason = shortReason;
            letter.decision = null;
            letter.decidedAt = null;
            letter.decidedBy = null;
        }
        FeedCursor.lockOrCreate(feed).lastError = "stopped at event " + (eventId == null ? "?" : eventId) + ": " + shortReason;
        return letter;
    }

    /** An admin's decision: retry the event as it is, or skip it (recorded as applied, the cursor moves past it). */
    @Transactional
    public DeadLetter decide(UUID id, DeadLetter.Decision decision, String admin) {
        DeadLetter letter = DeadLetter.<DeadLetter>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Dead letter " + id));
        if (letter.decision != null) {
            throw ProblemException.conflict("This dead letter was already decided: " + letter.decision);
        }
        letter.decision = decision;
        letter.decidedAt = OffsetDateTime.now();
        letter.decidedBy = admin;
        FeedCursor cursor = FeedCursor.lockOrCreate(letter.feed);
        cursor.lastError = null;
        if (decision == DeadLetter.Decision.SKIP) {
            if (letter.eventId != null) {
                applied.recordSkipped(letter.eventId, letter.feed, letter.position);
            }
            cursor.position = letter.position;
        }
        return letter;
    }

    /** Forgets every derived figure and every cursor, so that the feeds replay from position 0. */
    @Transactional
    public void resetForRebuild() {
        figures.clear();
        requests.clear();
        counts.clear();
        // an event an admin skipped stays skipped when the feed replays
        applied.forgetAllButSkipped();
        em.createNativeQuery("DELETE FROM dead_letter WHERE decision IS NULL").executeUpdate();
        em.createNativeQuery("UPDATE feed_cursor SET position = '0', head = '0', lag = 0, applied = 0, last_error = NULL").executeUpdate();
    }
}
