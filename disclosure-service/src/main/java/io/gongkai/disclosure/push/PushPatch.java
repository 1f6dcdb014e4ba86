package io.gongkai.disclosure.push;

import io.gongkai.disclosure.item.ItemRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a pushed item's merge patch (RFC 7396) as the document shows it: any fields of a pushed record, none
 * required; null removes a field. Only documentation: the patch is applied to the stored record and validated as a push.
 */
@Schema(name = "PushPatch", description = "Any fields of ItemRequest, status included; fields left out stay, null removes one")
public record PushPatch(
        @Schema(maxLength = 500, example = "2022年本科招生章程（修订）") String title,
        @Schema(maxLength = 2000, nullable = true, example = "更正后的摘要") String summary,
        @Schema(maxLength = 200_000, nullable = true) String body,
        @Schema(nullable = true, pattern = "^[0-9]{1,4}[a-z]?$", example = "7") String checklistItem,
        @Schema(nullable = true, minimum = "1", maximum = "99", example = "2") Integer category,
        @Schema(maxLength = 40, example = "ADMISSIONS") String unit,
        @Schema(type = SchemaType.STRING, enumeration = {"PUBLIC", "CAMPUS"}, nullable = true, example = "PUBLIC",
                description = "PUBLIC when removed") String audience,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, example = "2022-05-20T09:00:00+08:00",
                description = "removed: the time already recorded") String publishedAt,
        @Schema(type = SchemaType.STRING, format = "date", nullable = true, example = "2022-05-06") String producedAt,
        @Schema(nullable = true, maxItems = 20) List<ItemRequest.PostingRequest> postings,
        @Schema(nullable = true, maxItems = 50) List<ItemRequest.AttachmentRequest> attachments,
        @Schema(type = SchemaType.STRING, enumeration = {"PUBLISHED", "DRAFT", "WITHDRAWN"}, nullable = true,
                description = "PUBLISHED when removed; WITHDRAWN needs withdrawReason", example = "WITHDRAWN") String status,
        @Schema(nullable = true, maxLength = 1000, description = "required with WITHDRAWN", example = "名单有误，已更正另发")
        String withdrawReason) {
}
