package io.gongkai.disclosure.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import io.gongkai.disclosure.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Items written by editors and admins: create, replace, patch, publish, withdraw, postings. */
@ApplicationScoped
public class ItemService {

    private final ItemRepository items;
    private final ItemWriter writer;
    private final ReferenceData references;
    private final Caller caller;
    private final MergePatch patches;
    private final IdempotencyKeys idempotencyKeys;

    public ItemService(ItemRepository items, ItemWriter writer, ReferenceData references, Caller caller,
                       MergePatch patches, IdempotencyKeys idempotencyKeys) {
        this.items = items;
        this.writer = writer;
        this.references = references;
        this.caller = caller;
        this.patches = patches;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** The stored JSON of an item if the caller may see it; a hidden item is "not found", never "forbidden". */
    public Optional<ItemRepository.StoredView> view(UUID id, Caller reader) {
        Visibility visibility = reader.visibility();
        return items.view(id).filter(v -> visibility.sees(v.status(), v.audience()));
    }

    public LocalDate dueDate(ItemState item) {
        return writer.dueDate(item);
    }

    public List<ItemViews.HistoryEntry> history(UUID id) {
        if (items.view(id).isEmpty()) {
            throw ProblemException.notFound("Item " + id);
        }
        return items.history(id);
    }

    /** A created item, or the one an earlier request with the same Idempotency-Key created. */
    public record Created(ItemState item, boolean replayed) {
    }

    /**
     * Creates a draft. With an Idempotency-Key, a retry (same caller, key and body within 24 hours) gets the
     * item the first attempt created; the same key with another body is a 422 and creates nothing.
     */
    @Transactional
    public Created create(ItemRequest request, String idempotencyKey) {
        String key = IdempotencyKeys.validated(idempotencyKey);
        if (key == null) {
            return new Created(create(request), false);
        }
        OffsetDateTime now = now();
        String requestHash = writer.fingerprint(request);
        Optional<IdempotencyKeys.Earlier> earlier = idempotencyKeys.lockAndFind(caller.subject(), key, now);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                        "This Idempotency-Key was used for another request in the last 24 hours; use a new key");
            }
            ItemState item = items.find(earlier.get().itemId(), false)
                    .orElseThrow(() -> ProblemException.notFound("Item " + earlier.get().itemId()));
            mayWrite(item.unit);
            return new Created(item, true);
        }
        ItemState item = create(request);
        idempotencyKeys.remember(caller.subject(), key, requestHash, item.id, now);
        return new Created(item, false);
    }

    private ItemState create(ItemRequest request) {
        if (request.status() != null && request.status() != ItemStatus.DRAFT) {
            throw ProblemException.invalid("status", "a new item is a DRAFT; use publish and withdraw");
        }
        rejectWithdrawReason(request);
        OffsetDateTime now = now();
        ItemState item = new ItemState();
        item.id = UUID.randomUUID();
        item.status = ItemLifecycle.next(null, ItemLifecycle.Step.CREATE);
        check(writer.apply(request, item, references.load(), now));
        mayWrite(item.unit);
        item.version = 1;
        item.createdAt = now;
        item.updatedAt = now;
        items.save(List.of(writer.prepare(null, item, caller.subject(), "created", null, now)));
        return item;
    }

    @Transactional
    public ItemState replace(UUID id, ItemRequest request, String ifMatch) {
        if (request.status() != null) {
            throw ProblemException.invalid("status", "is changed by publish and withdraw, not by an update");
        }
        rejectWithdrawReason(request);
        ItemState before = load(id, ifMatch);
        OffsetDateTime now = now();
        ItemState after = before.copy();
        check(writer.apply(request, after, references.load(), now));
        mayWrite(after.unit);
        return save(before, after, "updated", null, now);
    }

    /** JSON merge patch (RFC 7396) over the item's editable fields. */
    @Transactional
    public ItemState patch(UUID id, String patchText, String ifMatch) {
        JsonNode patch = patches.parse(patchText);
        ItemState before = load(id, ifMatch);
        ItemRequest request = patches.apply(MergePatch.form(before, false), patch);
        if (request.status() != null) {
            throw ProblemException.invalid("status", "is changed by publish and withdraw, not by an update");
        }
        rejectWithdrawReason(request);
        OffsetDateTime now = now();
        ItemState after = before.copy();
        check(writer.apply(request, after, references.load(), now));
        mayWrite(after.unit);
        return save(before, after, "updated", null, now);
    }

    @Transactional
    public ItemState publish(UUID id, OffsetDateTime publishedAt, String ifMatch) {
        ItemState before = load(id, ifMatch);
        OffsetDateTime now = now();
        ItemState after = ItemLifecycle.publish(before, publishedAt, now);
        return after == before ? before : save(before, after, "published", null, now);
    }

    @Transactional
    public ItemState withdraw(UUID id, String reason, String ifMatch) {
        ItemState before = load(id, ifMatch);
        OffsetDateTime now = now();
        ItemState after = ItemLifecycle.withdraw(before, reason, now);
        return save(before, after, "withdrawn", after.withdrawReason, now);
    }

    @Transactional
    public ItemState addPosting(UUID id, ItemRequest.PostingRequest posting, String ifMatch) {
        ItemState before = load(id, ifMatch);
        if (!references.load().channels().contains(posting.channel())) {
            throw ProblemException.invalid("channel", "is not a known channel");
        }
        if (before.postings.stream().anyMatch(p -> p.channel().equals(posting.channel()))) {
            throw ProblemException.conflict("The item is already posted on " + posting.channel() + "; remove that posting first");
        }
        OffsetDateTime now = now();
        ItemState after = before.copy();
        after.postings.add(writer.posting(before, posting, now));
        after.postings.sort(ItemRepository.POSTING_ORDER);
        return save(before, after, "posting-added", null, now);
    }

    @Transactional
    public ItemState removePosting(UUID id, String channel, String ifMatch) {
        ItemState before = load(id, ifMatch);
        ItemState after = before.copy();
        if (!after.postings.removeIf(p -> p.channel().equals(channel))) {
            throw ProblemException.notFound("A posting of this item on channel " + channel);
        }
        return save(before, after, "posting-removed", null, now());
    }

    private ItemState save(ItemState before, ItemState after, String action, String reason, OffsetDateTime now) {
        after.version = before.version + 1;
        after.updatedAt = now;
        after.contentHash = null;
        ItemRepository.Write write = writer.prepare(before, after, caller.subject(), action, reason, now);
        if (write.history().changed().isEmpty() && !"published".equals(action) && !"withdrawn".equals(action)) {
            return before;
        }
        items.save(List.of(write));
        return after;
    }

    private ItemState load(UUID id, String ifMatch) {
        ItemState item = items.find(id, true).orElseThrow(() -> ProblemException.notFound("Item " + id));
        mayWrite(item.unit);
        ETags.requireMatch(ifMatch, item.version);
        return item;
    }

    /** Editors write the items of their own unit only; admins any. */
    private void mayWrite(String unit) {
        Optional<String> own = caller.editorUnit();
        if (own.isPresent() && !own.get().equals(unit)) {
            throw ProblemException.forbidden("An editor may only write items of their own unit");
        }
        if (own.isEmpty() && !caller.admin()) {
            throw ProblemException.forbidden("Only admins and editors with a unit may write items");
        }
    }

    private static void rejectWithdrawReason(ItemRequest request) {
        if (request.withdrawReason() != null) {
            throw ProblemException.invalid("withdrawReason", "is given to withdraw, not to an update");
        }
    }

    static void check(List<Problem.Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    String.join("; ", problems.stream().map(v -> v.field() + ": " + v.message()).toList()), problems);
        }
    }

    static OffsetDateTime now() {
        return ItemState.normalize(OffsetDateTime.now());
    }
}
