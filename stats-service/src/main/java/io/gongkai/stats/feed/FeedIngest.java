package io.gongkai.stats.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.stats.figure.FigureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies a page of a feed in one transaction with its cursor: each event once (the event id is
 * recorded as applied in the same transaction), in feed order. An event that cannot be applied rolls the
 * page back and is reported with its index, so that the consumer can keep what came before it.
 */
@ApplicationScoped
public class FeedIngest {

    private final Map<String, EventApplier> appliers = new HashMap<>();
    private final EntityManager em;
    private final FigureRepository figures;

    public FeedIngest(Instance<EventApplier> all, EntityManager em, FigureRepository figures) {
        for (EventApplier applier : all) {
            applier.types().forEach(type -> appliers.put(type, applier));
        }
        this.em = em;
        this.figures = figures;
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
        for (int i = 0; i < events.size(); i++) {
            FeedEvent event = events.get(i);
            if (firstTime(feed, event)) {
                if (event.unreadable() != null) {
                    throw new Failed(i, event.unreadable());
                }
                EventApplier applier = appliers.get(event.type());
                if (applier == null) {
                    throw new Failed(i, "no figure counts events of type " + event.type());
                }
                try {
                    applier.apply(event);
                } catch (UnappliableEvent e) {
                    throw new Failed(i, e.getMessage());
                }
            }
            cursor.position = event.position();
            cursor.applied++;
        }
        cursor.head = head;
        cursor.lag = lag;
        cursor.lastPolledAt = OffsetDateTime.now();
        cursor.lastError = null;
        return true;
    }

    private boolean firstTime(String feed, FeedEvent event) {
        return em.createNativeQuery("INSERT INTO applied_event (event_id, feed, position) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, event.id()).setParameter(2, feed).setParameter(3, event.position()).executeUpdate() == 1;
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
                em.createNativeQuery("INSERT INTO applied_event (event_id, feed, position) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                        .setParameter(1, letter.eventId).setParameter(2, letter.feed).setParameter(3, letter.position).executeUpdate();
            }
            cursor.position = letter.position;
        }
        return letter;
    }

    /** Forgets every derived figure and every cursor, so that the feeds replay from position 0. */
    @Transactional
    public void resetForRebuild() {
        figures.clear();
        // an event an admin skipped stays skipped when the feed replays
        em.createNativeQuery("DELETE FROM applied_event WHERE event_id NOT IN "
                + "(SELECT event_id FROM dead_letter WHERE decision = 'SKIP' AND event_id IS NOT NULL)").executeUpdate();
        em.createNativeQuery("DELETE FROM dead_letter WHERE decision IS NULL").executeUpdate();
        em.createNativeQuery("UPDATE feed_cursor SET position = '0', head = '0', lag = 0, applied = 0, last_error = NULL").executeUpdate();
    }
}
