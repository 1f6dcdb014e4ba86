package io.gongkai.disclosure.push;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gongkai.disclosure.item.ItemRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of a batch push, read as they stream in (BatchBodyReader) so that an oversized batch is refused early. */
@Schema(name = "BatchRequest", description = "Up to 1000 records; each is checked alone, and one that is not a valid item "
        + "is rejected in its result without rejecting the others")
public record BatchBody(
        @Schema(type = SchemaType.ARRAY, implementation = BatchBody.Record.class, maxItems = PushService.MAX_BATCH, required = true)
        ArrayNode records) {

    /** One record: an item as a push sends it, and the source's own id for it. */
    @Schema(name = "PushRecord", allOf = {ItemRequest.class, BatchBody.ExternalId.class})
    public interface Record {
    }

    @Schema(name = "PushRecordKey")
    public record ExternalId(
            @Schema(description = "the source's own id of the item: 1-200 letters, digits and . _ : / -", required = true,
                    pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$", maxLength = 200, example = "zs-2022-0001")
            String externalId) {
    }
}
