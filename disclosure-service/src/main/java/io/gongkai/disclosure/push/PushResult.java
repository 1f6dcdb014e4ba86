package io.gongkai.disclosure.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.commons.problem.Problem;
import io.gongkai.disclosure.item.ItemViews;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one pushed record. */
@Schema(name = "PushResult", requiredProperties = {"result"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushResult(
        @Schema(description = "position of the record in the batch") Integer index,
        @Schema(example = "zs-2022-0001") String externalId,
        @Schema(enumeration = {"created", "updated", "unchanged", "rejected"}, example = "created") String result,
        UUID id,
        Long version,
        @Schema(description = "why a record was rejected") List<Problem.Violation> problems,
        @Schema(description = "the item (single push only)") ItemViews.Item item) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String UNCHANGED = "unchanged";
    public static final String REJECTED = "rejected";

    /** The answer to a batch: one result per record, in order, and the counts. */
    @Schema(name = "BatchResult", requiredProperties = {"created", "updated", "unchanged", "rejected", "results"})
    public record Batch(int created, int updated, int unchanged, int rejected, List<PushResult> results) {
    }
}
