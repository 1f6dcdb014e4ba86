package io.gongkai.disclosure.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.commons.problem.Problem;
import io.gongkai.disclosure.calendar.PublicationDeadlines;
import io.gongkai.commons.outbox.OutboxEvent;
import io.gongkai.disclosure.outbox.ItemEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The rules every item write shares, whoever writes (editor or source system): a request checked
 * against the reference data and applied to a state; and a change turned into what is persisted
 * (search tokens, stored JSON, history entry, outbox events).
 */
@ApplicationScoped
public class ItemWriter {

    private final ObjectMapper json;
    private final PublicationDeadlines deadlines;

    public ItemWriter(ObjectMapper json, PublicationDeadlines deadlines) {
        this.json = json;
        this.deadlines = deadlines;
    }

    /** The publication due date of an item (20 working days of the official calendar after producedAt), or null. */
    public LocalDate dueDate(ItemState item) {
        return item.producedAt == null ? null : deadlines.dueDate(item.producedAt);
    }

    /**
     * Applies the editable fields of a request to {@code target}. Fields the request leaves out keep
     * nothing (a full replacement), except postings: null keeps the current ones.
     *
     * @return the problems found; when there are any, {@code target} must be thrown away
     */
    public List<Problem.Violation> apply(ItemRequest r, ItemState target, ReferenceData.Snapshot ref, OffsetDateTime now) {
        List<Problem.Violation> problems = new ArrayList<>();
        target.title = r.title().strip();
        target.summary = blankToNull(r.summary());
        BodySanitizer.Sanitized body = BodySanitizer.sanitizeWithText(blankToNull(r.body()));
        target.body = body == null ? null : body.html();
        target.bodyText = body == null ? "" : body.text();
        if (r.checklistItem() != null) {
            Integer category = ref.checklistItems().get(r.checklistItem());
            if (category == null) {
                problems.add(new Problem.Violation("checklistItem", "is not an item of checklist " + ref.checklist()));
            } else if (r.category() != null && !r.category().equals(category)) {
                problems.add(new Problem.Violation("category", "must be " + category + ", the category of checklist item "
                        + r.checklistItem()));
            }
            target.checklist = ref.checklist();
            target.checklistItem = r.checklistItem();
            target.category = category;
        } else {
            if (r.category() != null && !ref.categories().contains(r.category())) {
                problems.add(new Problem.Violation("category", "is not a category of checklist " + ref.checklist()));
            }
            target.checklist = null;
            target.checklistItem = null;
            target.category = r.category();
        }
        if (!ref.units().contains(r.unit())) {
            problems.add(new Problem.Violation("unit", "is not a known unit"));
        }
        target.unit = r.unit();
        target.audience = r.audience() == null ? ItemRequest.Audience.PUBLIC : r.audience();
        if (r.publishedAt() != null || target.status == ItemStatus.DRAFT || target.status == null) {
            target.publishedAt = ItemState.normalize(r.publishedAt());
        }
        target.producedAt = r.producedAt();
        if (r.postings() != null) {
            List<ItemViews.Posting> postings = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < r.postings().size(); i++) {
                ItemRequest.PostingRequest p = r.postings().get(i);
                if (!ref.channels().contains(p.channel())) {
                    problems.add(new Problem.Violation("postings[" + i + "].channel", "is not a known channel"));
                } else if (!seen.add(p.channel())) {
                    problems.add(new Problem.Violation("postings[" + i + "].channel", "is listed twice"));
                }
                postings.add(posting(target, p, now));
            }
            postings.sort(ItemRepository.POSTING_ORDER);
            target.postings = postings;
        }
        target.attachments = r.attachments() == null ? new ArrayList<>() : new ArrayList<>(r.attachments().stream()
                .map(a -> new ItemViews.Attachment(a.name().strip(), a.url(), a.size(), a.type())).toList());
        return problems;
    }

    /** A posting of a request; without a time it keeps the time of the same channel's posting, else publishedAt, else now. */
    public ItemViews.Posting posting(ItemState item, ItemRequest.PostingRequest p, OffsetDateTime now) {
        OffsetDateTime postedAt = ItemState.normalize(p.postedAt());
        if (postedAt == null) {
            postedAt = item.postings.stream().filter(old -> old.channel().equals(p.channel()))
                    .map(ItemViews.Posting::postedAt).findFirst()
                    .orElse(item.publishedAt != null ? item.publishedAt : now);
        }
        return new ItemViews.Posting(p.channel(), blankToNull(p.url()), postedAt);
    }

    /** A fingerprint of what a source sent, so that the same payload twice is recognised as unchanged. */
    public String fingerprint(ItemRequest r) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(r));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }

    /** What to persist for the change from {@code before} (null for a new item) to {@code after}. */
    public ItemRepository.Write prepare(ItemState before, ItemState after, String actor, String action, String reason,
                                        OffsetDateTime now) {
        List<String> changed = before == null ? List.of() : new ArrayList<>(after.changedContent(before));
        boolean postingsChanged = before == null || !before.postings.equals(after.postings);
        if (before != null && postingsChanged) {
            changed.add("postings");
        }
        if (before != null && before.status != after.status) {
            changed.add("status");
        }
        String viewJson = write(after.view(dueDate(after)));
        String summaryJson = write(after.summaryView());
        return new ItemRepository.Write(after, before == null, postingsChanged,
                Bigrams.searchVector(after.title, after.summary,
                        after.bodyText != null ? after.bodyText : BodySanitizer.text(after.body)), viewJson, summaryJson,
                new ItemRepository.History(after.id, after.version, now, actor, action, changed, reason),
                events(before, after, changed, now));
    }

    /** The events of a change, for consumers that count published items (stats-service). */
    List<OutboxEvent> events(ItemState before, ItemState after, List<String> changed, OffsetDateTime now) {
        List<OutboxEvent> events = new ArrayList<>();
        boolean wasPublished = before != null && before.published();
        if (after.published() && !wasPublished) {
            events.add(event(ItemEvents.PUBLISHED, after, after.publishedAt, null));
        } else if (wasPublished && after.status == ItemStatus.WITHDRAWN) {
            events.add(event(ItemEvents.WITHDRAWN, after, after.withdrawnAt != null ? after.withdrawnAt : now, null));
        } else if (wasPublished && after.published()) {
            List<String> content = new ArrayList<>(changed);
            content.remove("postings");
            if (!content.isEmpty()) {
                events.add(event(ItemEvents.CHANGED, after, after.publishedAt, null));
            }
            for (ItemViews.Posting p : after.postings) {
                if (before.postings.stream().noneMatch(old -> old.channel().equals(p.channel()))) {
                    events.add(event(ItemEvents.POSTING_ADDED, after, p.postedAt(), p));
                }
            }
            for (ItemViews.Posting p : before.postings) {
                if (after.postings.stream().noneMatch(now2 -> now2.channel().equals(p.channel()))) {
                    events.add(event(ItemEvents.POSTING_REMOVED, after, now, p));
                }
            }
        }
        return events;
    }

    private OutboxEvent event(String type, ItemState item, OffsetDateTime occurredAt, ItemViews.Posting posting) {
        ObjectNode payload = json.createObjectNode();
        payload.put("itemId", item.id.toString());
        payload.put("status", item.status.name());
        payload.put("category", item.category);
        payload.put("checklist", item.checklist);
        payload.put("checklistItem", item.checklistItem);
        payload.put("unit", item.unit);
        payload.put("audience", item.audience.name());
        payload.put("publishedAt", item.publishedAt == null ? null : item.publishedAt.toString());
        ArrayNode channels = payload.putArray("channels");
        item.postings.forEach(p -> channels.add(p.channel()));
        if (posting != null) {
            payload.put("channel", posting.channel());
            payload.put("postedAt", posting.postedAt().toString());
        }
        if (item.source != null) {
            payload.put("source", item.source);
        }
        return OutboxEvent.of(type, item.id, occurredAt, payload.toString());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise", e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
