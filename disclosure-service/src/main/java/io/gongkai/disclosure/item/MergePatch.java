package io.gongkai.disclosure.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * A JSON merge patch (RFC 7396) over an item's request form, for every PATCH of an item (editors' and source
 * systems'): a field given replaces, null removes, a field left out stays; the result is validated as a whole
 * request, the same validation as a PUT.
 */
@ApplicationScoped
public class MergePatch {

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The patch document: a JSON object, else a 400 problem. */
    public JsonNode parse(String patchText) {
        JsonNode patch;
        try {
            patch = patchText == null || patchText.isBlank() ? null : json.readTree(patchText);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON");
        }
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        return patch;
    }

    /** {@code current} with the patch applied, checked like a PUT body. */
    public ItemRequest apply(ItemRequest current, JsonNode patch) {
        ObjectNode merged = json.valueToTree(current);
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                merged.remove(field.getKey());
            } else {
                merged.set(field.getKey(), field.getValue());
            }
        });
        ItemRequest request;
        try {
            request = json.treeToValue(merged, ItemRequest.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            throw ProblemException.invalid(field, "has the wrong type or value");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ProblemException.badRequest("The patch does not give a valid item");
        }
        Set<ConstraintViolation<ItemRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** The request that would write {@code item} as it is; with its lifecycle (status, withdrawReason) for a push. */
    public static ItemRequest form(ItemState s, boolean withLifecycle) {
        return new ItemRequest(s.title, s.summary, s.body, s.checklistItem, s.category, s.unit,
                s.audience, s.publishedAt, s.producedAt,
                s.postings.stream().map(p -> new ItemRequest.PostingRequest(p.channel(), p.url(), p.postedAt())).toList(),
                s.attachments.stream().map(a -> new ItemRequest.AttachmentRequest(a.name(), a.url(), a.size(), a.type())).toList(),
                withLifecycle ? s.status : null, withLifecycle ? s.withdrawReason : null);
    }
}
