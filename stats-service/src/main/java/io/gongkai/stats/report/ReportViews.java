package io.gongkai.stats.report;

import io.gongkai.commons.period.ReportPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

    @Schema(name = "ReportSectionRequest")
    public record SectionRequest(@NotBlank @Size(max = 20000) @Schema(example = "学校始终认真贯彻执行《高等学校信息公开办法》……") String text) {
    }
}
