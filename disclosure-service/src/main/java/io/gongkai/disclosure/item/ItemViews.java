package io.gongkai.disclosure.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers see of items. Built from the item's state, never from an entity. */
public final class ItemViews {

    private ItemViews() {
    }

    @Schema(name = "Item", requiredProperties = {"id", "title", "unit", "audience", "status", "version", "createdAt", "updatedAt"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            UUID id,
            @Schema(example = "2022年本科招生章程") String title,
            String summary,
            @Schema(description = "sanitised HTML or text") String body,
            @Schema(example = "7") String checklistItem,
            @Schema(example = "2014") String checklist,
            @Schema(example = "2") Integer category,
            @Schema(example = "ADMISSIONS") String unit,
            @Schema(example = "PUBLIC") ItemRequest.Audience audience,
            @Schema(example = "PUBLISHED") ItemStatus status,
            OffsetDateTime publishedAt,
            LocalDate producedAt,
            @Schema(description = "producedAt + 20 working days (Mon–Fri)") LocalDate dueDate,
            OffsetDateTime withdrawnAt,
            String withdrawReason,
            List<Posting> postings,
            List<Attachment> attachments,
            @Schema(example = "admissions") String source,
            @Schema(example = "zs-2022-0001") String externalId,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    /** An item in a list: no body, no attachments. */
    @Schema(name = "ItemSummary", requiredProperties = {"id", "title", "unit", "audience", "status", "version"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(
            UUID id,
            String title,
            String summary,
            String checklistItem,
            Integer category,
            String unit,
            ItemRequest.Audience audience,
            ItemStatus status,
            OffsetDateTime publishedAt,
            List<Posting> postings,
            long version) {
    }

    @Schema(name = "Posting", requiredProperties = {"channel", "url"})
    public record Posting(
            @Schema(example = "WECHAT") String channel,
            @Schema(example = "https://mp.weixin.qq.com/s/abc") String url,
            OffsetDateTime postedAt) {
    }

    @Schema(name = "Attachment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attachment(String name, String url, Long size, String type) {
    }

    @Schema(name = "ItemPage", requiredProperties = {"items", "nextCursor"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(
            List<Summary> items,
            @Schema(description = "opaque; null on the last page", nullable = true, example = "bnwyMDIyLTA1LTIw") String nextCursor,
            @Schema(description = "only with facets=true") Facets facets) {
    }

    @Schema(name = "Facets", description = "counts of the matching items per value")
    public record Facets(Map<String, Long> category, Map<String, Long> channel, Map<String, Long> unit,
                         @Schema(description = "report (academic) year: 1 Sep Y-1 .. 31 Aug Y") Map<String, Long> year) {
    }

    @Schema(name = "HistoryEntry", requiredProperties = {"version", "at", "action"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(long version, OffsetDateTime at, @Schema(example = "editor-1") String actor,
                               @Schema(example = "updated") String action,
                               @Schema(example = "[\"title\", \"summary\"]") List<String> changed, String reason) {
    }

    @Schema(name = "WithdrawRequest")
    public record WithdrawRequest(
            @NotBlank @Size(max = 1000)
            @Schema(example = "信息有误，更正后重新发布") String reason) {
    }

    @Schema(name = "PublishRequest")
    public record PublishRequest(
            @Schema(description = "business time of publication; defaults to now", example = "2022-05-20T09:00:00+08:00")
            OffsetDateTime publishedAt) {
    }
}
