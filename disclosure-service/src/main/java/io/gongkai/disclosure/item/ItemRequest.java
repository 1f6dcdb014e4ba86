package io.gongkai.disclosure.item;

import io.gongkai.disclosure.web.SafeUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item as an editor or a source system sends it. {@code status} and {@code withdrawReason} are
 * only for pushes (a source says what state the item is in); editors use publish/withdraw.
 */
@Schema(name = "ItemRequest")
public record ItemRequest(
        @NotBlank @Size(max = 500) @Schema(example = "2022年本科招生章程") String title,
        @Size(max = 2000) @Schema(example = "学校2022年普通本科招生章程，含分批次、分科类招生计划。") String summary,
        @Size(max = 200_000) @Schema(description = "plain text or HTML; HTML is sanitised (no script)",
                example = "<p>第一章 总则</p><p>第一条 为规范学校招生工作……</p>") String body,
        @Pattern(regexp = "[0-9]{1,4}[a-z]?", message = "must be a checklist item number such as 7")
        @Schema(description = "number of the checklist item (current checklist)", example = "7") String checklistItem,
        @Min(1) @Max(99) @Schema(description = "checklist category; derived from checklistItem when that is given", example = "2")
        Integer category,
        @NotBlank @Size(max = 40) @Schema(description = "code of the responsible unit", example = "ADMISSIONS") String unit,
        @Schema(description = "PUBLIC (default) or CAMPUS (campus sign-on users, keys with scope items:read-campus and staff only)", example = "PUBLIC") Audience audience,
        @Schema(description = "business time of publication; kept as given by a source", example = "2022-05-20T09:00:00+08:00")
        OffsetDateTime publishedAt,
        @Schema(description = "date the information was produced or changed: starts the 20-working-day clock", example = "2022-05-06")
        LocalDate producedAt,
        @Size(max = 20) @Schema(description = "the channels it went out on; left out of a push: none, of an editor's PUT: kept")
        List<@Valid @NotNull PostingRequest> postings,
        @Size(max = 50) List<@Valid @NotNull AttachmentRequest> attachments,
        @Schema(description = "push only: PUBLISHED (default), DRAFT or WITHDRAWN", example = "PUBLISHED") ItemStatus status,
        @Size(max = 1000) @Schema(description = "push only: why a WITHDRAWN item was withdrawn") String withdrawReason) {

    public enum Audience { PUBLIC, CAMPUS }

    /** The same request with other postings. */
    public ItemRequest withPostings(List<PostingRequest> others) {
        return new ItemRequest(title, summary, body, checklistItem, category, unit, audience, publishedAt, producedAt,
                others, attachments, status, withdrawReason);
    }

    /** One channel an item went out on. */
    @Schema(name = "PostingRequest")
    public record PostingRequest(
            @NotBlank @Size(max = 40) @Schema(example = "PORTAL") String channel,
            @Size(max = 2000) @SafeUrl
            @Schema(description = "an http(s) URL or a path of this site (/...); never //host/... or another scheme", example = "https://www.example.edu.cn/xxgk/2022/0520/c123a4567/page.htm") String url,
            @Schema(description = "defaults to publishedAt", example = "2022-05-20T09:00:00+08:00") OffsetDateTime postedAt) {
    }

    /** Metadata of an attached file (the file itself lives where the url says). */
    @Schema(name = "AttachmentRequest")
    public record AttachmentRequest(
            @NotBlank @Size(max = 200) @Schema(example = "2022年本科招生章程.pdf") String name,
            @NotBlank @Size(max = 2000) @SafeUrl
            @Schema(description = "an http(s) URL or a path of this site (/...); never //host/... or another scheme", example = "https://www.example.edu.cn/files/zszc2022.pdf") String url,
            @PositiveOrZero @Schema(example = "482133") Long size,
            @Size(max = 100) @Schema(example = "application/pdf") String type) {
    }
}
