package io.gongkai.disclosure.item;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a merge patch (RFC 7396) as the document shows it: any fields of an item, none required; null removes
 * an optional field (enums and times are plain nullable strings here: a null beside a $ref would not validate). Only documentation: the patch is applied to the item's request form and validated as one.
 */
@Schema(name = "ItemPatch", description = "Any fields of ItemRequest; fields left out stay, null removes an optional one")
public record ItemPatch(
        @Schema(maxLength = 500, example = "2022年本科招生章程（修订）") String title,
        @Schema(maxLength = 2000, nullable = true, example = "更新后的摘要") String summary,
        @Schema(maxLength = 200_000, nullable = true) String body,
        @Schema(nullable = true, pattern = "^[0-9]{1,4}[a-z]?$", example = "7") String checklistItem,
        @Schema(nullable = true, minimum = "1", maximum = "99", example = "2") Integer category,
        @Schema(maxLength = 40, example = "ADMISSIONS") String unit,
        @Schema(type = SchemaType.STRING, enumeration = {"PUBLIC", "CAMPUS"}, nullable = true, example = "PUBLIC",
                description = "PUBLIC when removed") String audience,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, example = "2022-05-20T09:00:00+08:00")
        String publishedAt,
        @Schema(type = SchemaType.STRING, format = "date", nullable = true, example = "2022-05-06") String producedAt,
        @Schema(nullable = true, maxItems = 20) List<ItemRequest.PostingRequest> postings,
        @Schema(nullable = true, maxItems = 50) List<ItemRequest.AttachmentRequest> attachments) {
}
