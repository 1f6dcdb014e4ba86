package io.gongkai.disclosure.checklist;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The checklist as callers see and admins load it. */
public final class ChecklistViews {

    private ChecklistViews() {
    }

    @Schema(name = "Checklist", requiredProperties = {"code", "name", "effectiveFrom", "current", "version", "categories"})
    public record Checklist(@Schema(example = "2014") String code,
                            @Schema(example = "高等学校信息公开事项清单（教办函〔2014〕23号）") String name,
                            LocalDate effectiveFrom, boolean current, long version, List<Category> categories) {
    }

    @Schema(name = "ChecklistCategory", requiredProperties = {"no", "name", "items"})
    public record Category(@Schema(example = "2") int no, @Schema(example = "招生考试信息") String name, List<Item> items) {
    }

    @Schema(name = "ChecklistItem", requiredProperties = {"itemNo", "title"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@Schema(example = "7") String itemNo,
                       @Schema(example = "招生章程及特殊类型招生办法，分批次、分科类招生计划") String title,
                       @Schema(example = "wording unverified") String note) {
    }

    @Schema(name = "ChecklistVersion", requiredProperties = {"code", "name", "effectiveFrom", "current", "items", "version"})
    public record Version(String code, String name, LocalDate effectiveFrom, boolean current, int items, long version) {
    }

    /** A whole checklist version, as an admin loads a revised list. */
    @Schema(name = "ChecklistRequest")
    public record ChecklistRequest(
            @NotBlank @Size(max = 200) @Schema(example = "高等学校信息公开事项清单（修订）") String name,
            @NotNull @Schema(example = "2025-01-01") LocalDate effectiveFrom,
            @Schema(description = "make it the checklist new items link to", example = "false") Boolean current,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull CategoryRequest> categories) {
    }

    @Schema(name = "ChecklistCategoryRequest")
    public record CategoryRequest(@Min(1) @Max(99) @Schema(example = "1") int no,
                                  @NotBlank @Size(max = 100) @Schema(example = "基本信息") String name,
                                  @NotEmpty @Size(max = 200) List<@Valid @NotNull ItemRequest> items) {
    }

    @Schema(name = "ChecklistItemRequest")
    public record ItemRequest(
            @NotBlank @Pattern(regexp = "[0-9]{1,4}[a-z]?", message = "must be a number such as 7") @Schema(example = "1") String itemNo,
            @NotBlank @Size(max = 500) @Schema(example = "办学规模、校级领导班子简介及分工……") String title,
            @Size(max = 200) String note) {
    }

    /** A change of one item of a version (wording, note, category). */
    @Schema(name = "ChecklistItemChange")
    public record ItemChange(@Min(1) @Max(99) @Schema(example = "1") int category,
                             @NotBlank @Size(max = 500) String title,
                             @Size(max = 200) String note) {
    }
}
