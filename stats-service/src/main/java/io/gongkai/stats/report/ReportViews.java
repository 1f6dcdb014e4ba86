package io.gongkai.stats.report;

import io.gongkai.commons.period.ReportPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to set up a year's report. */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "ReportSettingsRequest")
    public record SettingsRequest(@Schema(example = "moe", description = "moe (default) or gov") @Size(max = 10) String format,
                                  @Schema(description = "ACADEMIC_YEAR (default), CALENDAR_YEAR or CUSTOM (with from and to)")
                                  ReportPeriod.Kind periodKind,
                                  @Schema(example = "2021-09-01") LocalDate from, @Schema(example = "2022-10-31") LocalDate to,
                                  @NotBlank @Size(max = 200) @Schema(example = "长春理工大学") String institution,
                                  @Schema(example = "2022-10-30") LocalDate signedOn) {
    }

    @Schema(name = "ReportFreeze", description = "A year's frozen report: both formats with their annex, as they were at the freeze")
    public record Frozen(@Schema(required = true, example = "2022") int year,
                         @Schema(required = true) OffsetDateTime frozenAt,
                         @Schema(required = true, example = "admin-1") String frozenBy,
                         @Schema(required = true, description = "the formats frozen: moe and gov") List<String> formats) {
    }

    @Schema(name = "ReportDiff", description = "Every figure of a frozen report that the live figures now give otherwise")
    public record Diff(@Schema(required = true, example = "2022") int year, @Schema(required = true, example = "moe") String format,
                       @Schema(required = true) OffsetDateTime frozenAt,
                       @Schema(required = true, description = "whether the live figures are those of the frozen edition") boolean same,
                       @Schema(required = true) List<FigureDiff> differences) {
    }

    @Schema(name = "ReportFigureDiff", description = "One figure, frozen and live")
    public record FigureDiff(@Schema(required = true, example = "proactive.total") String key,
                             @Schema(required = true) String definition,
                             @Schema(nullable = true, example = "4258", description = "null when the frozen edition has no such figure") Long frozen,
                             @Schema(nullable = true, example = "4301", description = "null when the live figures have no such figure") Long live) {
    }

    @Schema(name = "NotApplicableRequest")
    public record NotApplicableRequest(@NotBlank @Size(max = 500) @Schema(example = "学校未设附属医院") String reason) {
    }

    @Schema(name = "NotApplicableItem", description = "A checklist item that does not apply to the institution in a year")
    public record NotApplicable(@Schema(required = true, example = "2022") int year, @Schema(required = true, example = "38") String itemNo,
                                @Schema(required = true, example = "学校未设附属医院") String reason,
                                @Schema(required = true) OffsetDateTime markedAt, @Schema(required = true, example = "admin-1") String markedBy) {
    }

    @Schema(name = "ReportSectionRequest")
    public record SectionRequest(@NotBlank @Size(max = 20000) @Schema(example = "学校始终认真贯彻执行《高等学校信息公开办法》……") String text) {
    }

    @Schema(name = "CarriedOverRequest", description = "Requests carried over into the year that were never in Gongkai, per column of table 三")
    public record CarriedOverRequest(@NotEmpty @Schema(required = true, description = "requests per applicant column: NATURAL_PERSON, "
            + "COMMERCIAL, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER; a column left out is 0",
            additionalProperties = CountSchema.class)
                                     Map<String, @NotNull @PositiveOrZero Long> counts) {
    }

    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "0")
    static final class CountSchema {
    }

    @Schema(name = "CarriedOverEntry", description = "The carried-over requests an admin entered for a year, added to rows 二 and 四 of table 三")
    public record CarriedOver(@Schema(required = true, example = "2022") int year,
                              @Schema(required = true, description = "per applicant column, every column, and TOTAL",
                                      additionalProperties = CountSchema.class) Map<String, Long> counts,
                              @Schema(required = true) OffsetDateTime enteredAt, @Schema(required = true, example = "admin-1") String enteredBy) {
    }
}
