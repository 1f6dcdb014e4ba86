package io.gongkai.disclosure.push;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.commons.problem.FieldNames;
import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.disclosure.item.ItemLifecycle;
import io.gongkai.disclosure.item.ItemRepository;
import io.gongkai.disclosure.item.ItemRequest;
import io.gongkai.disclosure.item.ItemState;
import io.gongkai.disclosure.item.ItemStatus;
import io.gongkai.disclosure.item.ItemWriter;
import io.gongkai.disclosure.item.MergePatch;
import io.gongkai.disclosure.item.ReferenceData;
import io.gongkai.commons.outbox.OutboxEvent;
import io.gongkai.disclosure.security.Caller;
import io.gongkai.disclosure.source.SourcePolicy;
import io.gongkai.disclosure.source.SourceSystemService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Idempotent upsert of items by (source, externalId) for internal systems. A pushed record is the whole item
 * (status included): a field it leaves out is cleared or takes its default, postings too; a partial change is a
 * merge patch of the same record. The same payload twice is "unchanged" (no new version, no event); a batch
 * answers one result per record and a bad record never rejects the others. publishedAt from the source is kept
 * as the business time.
 */
@ApplicationScoped
public class PushService {

    public static final int MAX_BATCH = 1000;
    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");

    private final ItemRepository items;
    private final ItemWriter writer;
    private final ReferenceData references;
    private final SourceSystemService sources;
    private final Caller caller;
    private final ObjectMapper json;
    private final Validator validator;
    private final MergePatch patches;

    public PushService(ItemRepository items, ItemWriter writer, ReferenceData references, SourceSystemService sources,
                       Caller caller, ObjectMapper json, Validator validator, MergePatch patches) {
        this.patches = patches;
        this.items = items;
        this.writer = writer;
        this.references = references;
        this.sources = sources;
        this.caller = caller;
        this.json = json;
        this.validator = validator;
    }

    /** A source system pushes as itself only (claim "source"); an admin may push as any known source. */
    public void authorize(String source) {
        if (!caller.mayActAsSource(source)) {
            throw ProblemException.forbidden("This token may not push as source " + clip(source));
        }
        if (!sources.active(source)) {
            throw ProblemException.forbidden("Source " + clip(source) + " is not a known, active source system");
        }
    }

    @Transactional
    public PushResult pushOne(String source, String externalId, ItemRequest request) {
        authorize(source);
        checkExternalId(externalId);
        return single(source, externalId, request);
    }

    /**
     * A merge patch (RFC 7396) of a pushed record: the stored record (status and withdrawReason included) with the
     * patch applied, then written as a push of the whole record (same validation, same "unchanged" rule).
     */
    @Transactional
    public PushResult patchOne(String source, String externalId, String patchText) {
        authorize(source);
        checkExternalId(externalId);
        JsonNode patch = patches.parse(patchText);
        ItemState current = items.findBySource(source, Set.of(externalId)).get(externalId);
        if (current == null) {
            throw ProblemException.notFound("Item " + clip(externalId) + " of source " + clip(source));
        }
        return single(source, externalId, patches.apply(MergePatch.form(current, true), patch));
    }

    private static void checkExternalId(String externalId) {
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw ProblemException.invalid("externalId", "must be 1-200 letters, digits and . _ : / -");
        }
    }

    private PushResult single(String source, String externalId, ItemRequest request) {
        List<PushResult> results = upsert(source, List.of(new Record(0, externalId, request, List.of())), true);
        PushResult result = results.get(0);
        if (PushResult.REJECTED.equals(result.result())) {
            throw new ProblemException(400, "validation", "Invalid request",
                    String.join("; ", result.problems().stream().map(v -> v.field() + ": " + v.message()).toList()),
                    result.problems());
        }
        return result;
    }

    @Transactional
    public PushResult.Batch pushBatch(String source, JsonNode body) {
        authorize(source);
        JsonNode records = body != null && body.isObject() ? body.get("records") : body;
        if (records == null || !records.isArray()) {
            throw ProblemException.invalid("records", "must be an array of items");
        }
        if (records.size() > MAX_BATCH) {
            throw ProblemException.invalid("records", "must hold at most " + MAX_BATCH + " records (got " + records.size() + ")");
        }
        List<Record> parsed = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            parsed.add(parse(i, records.get(i)));
        }
        List<PushResult> results = upsert(source, parsed, false);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        for (PushResult r : results) {
            switch (r.result()) {
                case PushResult.CREATED -> created++;
                case PushResult.UPDATED -> updated++;
                case PushResult.UNCHANGED -> unchanged++;
                default -> rejected++;
            }
        }
        return new PushResult.Batch(created, updated, unchanged, rejected, results);
    }

    /** A record of a batch, read on its own so that a wrong type rejects that record only. */
    private Record parse(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Record(index, null, null, List.of(new Problem.Violation("records[" + index + "]", "must be an object")));
        }
        JsonNode id = node.get("externalId");
        String externalId = id != null && id.isTextual() ? id.asText() : null;
        List<Problem.Violation> problems = new ArrayList<>();
        if (externalId == null || !EXTERNAL_ID.matcher(externalId).matches()) {
            problems.add(new Problem.Violation("externalId", "must be 1-200 letters, digits and . _ : / -"));
        }
        ObjectNode fields = (ObjectNode) node; // the request's own tree, read once: no copy needed
        fields.remove("externalId");
        ItemRequest request = null;
        try {
            request = json.treeToValue(fields, ItemRequest.class);
        } catch (JsonMappingException e) {
            problems.add(new Problem.Violation(orRecord(FieldNames.of(e)), "has the wrong type or value"));
        } catch (Exception e) {
            problems.add(new Problem.Violation("records[" + index + "]", "is not a valid item"));
        }
        if (request != null) {
            for (ConstraintViolation<ItemRequest> v : validator.validate(request)) {
                problems.add(new Problem.Violation(orRecord(FieldNames.of(v.getPropertyPath())), v.getMessage()));
            }
        }
        problems.sort(Comparator.comparing(Problem.Violation::field));
        return new Record(index, externalId, problems.isEmpty() ? request : null, problems);
    }

    private record Record(int index, String externalId, ItemRequest request, List<Problem.Violation> problems) {
    }

    private List<PushResult> upsert(String source, List<Record> records, boolean single) {
        ReferenceData.Snapshot ref = references.load();
        Set<String> ids = new LinkedHashSet<>();
        records.stream().filter(r -> r.problems().isEmpty()).forEach(r -> ids.add(r.externalId()));
        Map<String, ItemState> current = new HashMap<>(items.findBySource(source, ids));
        Map<String, ItemRepository.Write> writes = new LinkedHashMap<>();
        Set<String> createdHere = new HashSet<>();
        OffsetDateTime now = ItemState.normalize(OffsetDateTime.now());
        String actor = "source:" + source + " (" + caller.subject() + ")";
        // a source system's key pushes for its own units and back-dates only when allowed; an admin pushing as a
        // source (loading a system's history) is not held to it
        SourcePolicy policy = caller.admin() ? null : sources.policy(source).orElse(null);
        List<PushResult> results = new ArrayList<>();
        for (Record record : records) {
            Integer index = single ? null : record.index();
            if (!record.problems().isEmpty()) {
                results.add(new PushResult(index, record.externalId(), PushResult.REJECTED, null, null, record.problems(), null));
                continue;
            }
            // the whole record: postings left out are none (every other field is cleared by ItemWriter.apply)
            ItemRequest r = record.request().postings() == null ? record.request().withPostings(List.of()) : record.request();
            String fingerprint = writer.fingerprint(r);
            ItemState before = current.get(record.externalId());
            // an unknown unit is the record's mistake (a 400 below), not a unit the source may not publish for
            if (policy != null && (r.unit() == null || ref.units().contains(r.unit()))) {
                Optional<String> refusal = policy.refusal(r.unit(), r.publishedAt(), before == null ? null : before.publishedAt, now);
                if (refusal.isPresent()) {
                    // nothing of the batch is written: the key asked for what its source may not do
                    throw ProblemException.forbidden(refusal.get() + (single ? "" : " (records[" + record.index() + "])"));
                }
            }
            if (before != null && fingerprint.equals(before.contentHash)) {
                results.add(new PushResult(index, record.externalId(), PushResult.UNCHANGED, before.id, before.version, null,
                        single ? before.view(due(before)) : null));
                continue;
            }
            ItemState after;
            if (before == null) {
                after = new ItemState();
                after.id = UUID.randomUUID();
                after.source = source;
                after.externalId = record.externalId();
                after.createdAt = now;
                after.version = 0;
            } else {
                after = before.copy();
            }
            List<Problem.Violation> problems = writer.apply(r, after, ref, now);
            ItemStatus status = r.status() == null ? ItemStatus.PUBLISHED : r.status();
            if (status == ItemStatus.WITHDRAWN && (r.withdrawReason() == null || r.withdrawReason().isBlank())) {
                problems.add(new Problem.Violation("withdrawReason", "is required when status is WITHDRAWN"));
            }
            if (!problems.isEmpty()) {
                results.add(new PushResult(index, record.externalId(), PushResult.REJECTED, null, null, problems, null));
                continue;
            }
            ItemLifecycle.pushed(before, after, status, r.withdrawReason(), now);
            after.contentHash = fingerprint;
            after.version = (before == null ? 0 : before.version) + 1;
            after.updatedAt = now;
            ItemRepository.Write write = writer.prepare(before, after, actor, before == null ? "pushed-created" : "pushed-updated",
                    null, now);
            if (before != null && write.history().changed().isEmpty()) {
                results.add(new PushResult(index, record.externalId(), PushResult.UNCHANGED, before.id, before.version, null,
                        single ? before.view(due(before)) : null));
                continue;
            }
            boolean isNew = before == null || createdHere.contains(record.externalId());
            if (isNew) {
                createdHere.add(record.externalId());
                // a record pushed twice in one batch: the second write replaces the first, still an insert
                write = new ItemRepository.Write(write.state(), true, true, write.searchVector(), write.viewJson(),
                        write.summaryJson(), write.history(), mergeEvents(writes.get(record.externalId()), write));
            } else if (writes.containsKey(record.externalId())) {
                ItemRepository.Write earlier = writes.get(record.externalId());
                write = new ItemRepository.Write(write.state(), false, true, write.searchVector(), write.viewJson(),
                        write.summaryJson(), write.history(), mergeEvents(earlier, write));
            }
            writes.remove(record.externalId());
            writes.put(record.externalId(), write);
            current.put(record.externalId(), after);
            results.add(new PushResult(index, record.externalId(), before == null ? PushResult.CREATED : PushResult.UPDATED,
                    after.id, after.version, null, single ? after.view(due(after)) : null));
        }
        items.save(new ArrayList<>(writes.values()));
        return results;
    }

    private static List<OutboxEvent> mergeEvents(ItemRepository.Write earlier, ItemRepository.Write later) {
        List<OutboxEvent> events = new ArrayList<>();
        if (earlier != null) {
            events.addAll(earlier.events());
        }
        events.addAll(later.events());
        return events;
    }

    private LocalDate due(ItemState item) {
        return writer.dueDate(item);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** A problem about the record as a whole is named "record". */
    private static String orRecord(String field) {
        return field.isEmpty() ? "record" : field;
    }
}
