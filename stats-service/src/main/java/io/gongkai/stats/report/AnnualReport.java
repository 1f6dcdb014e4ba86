package io.gongkai.stats.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An annual report as generated: its sections in order, the annex, and the checks of its totals. */
@Schema(name = "AnnualReport")
public record AnnualReport(@Schema(required = true, example = "2022") int year,
                           @Schema(required = true, example = "moe") String format,
                           @Schema(required = true, example = "长春理工大学 2022 年信息公开工作报告") String title,
                           @Schema(required = true) String institution,
                           @Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                           @Schema(nullable = true, implementation = String.class, format = "date", example = "2022-10-30") LocalDate signedOn,
                           @Schema(required = true) String introduction,
                           @Schema(required = true) List<Section> sections,
                           @Schema(required = true) Annex annex,
                           @Schema(required = true, description = "every total against its parts; addsUp is false where one does not")
                           List<Check> checks,
                           @Schema(required = true) boolean addsUp,
                           @Schema(required = true, description = "every figure the report uses, with its definition and period")
                           List<Figure> figures,
                           @Schema(nullable = true, implementation = String.class, format = "date-time",
                                   description = "when an admin froze this edition; null for a report generated from the live figures")
                           OffsetDateTime frozenAt) {

    /** This report as the frozen edition of {@code at}. */
    public AnnualReport frozen(OffsetDateTime at) {
        return new AnnualReport(year, format, title, institution, from, to, signedOn, introduction, sections, annex, checks, addsUp,
                figures, at);
    }

    /** A numbered part: its paragraphs, its tables, its sub-parts. */
    @Schema(name = "ReportSection")
    public record Section(@Schema(required = true, example = "proactive") String key,
                          @Schema(required = true, example = "二、主动公开情况") String heading,
                          @Schema(required = true) List<String> paragraphs,
                          @Schema(required = true) List<Table> tables,
                          @Schema(required = true) List<Section> parts) {
    }

    @Schema(name = "ReportTable")
    public record Table(@Schema(required = true) String caption, @Schema(required = true) List<String> header,
                        @Schema(required = true) List<List<String>> rows) {
    }

    /** The checklist annex (清单事项公开情况表), or why it is not there. */
    @Schema(name = "ReportAnnex")
    public record Annex(@Schema(required = true) boolean available,
                        @Schema(nullable = true, description = "why the annex is missing") String unavailableReason,
                        @Schema(required = true) List<AnnexRow> rows) {
    }

    @Schema(name = "ReportAnnexRow")
    public record AnnexRow(@Schema(required = true) String itemNo, @Schema(required = true) String category,
                           @Schema(required = true) String item, @Schema(required = true) String published,
                           @Schema(required = true) String where) {
    }

    @Schema(name = "ReportCheck")
    public record Check(@Schema(required = true, example = "channels-sum-to-total") String name,
                        @Schema(required = true) boolean holds, @Schema(required = true) String detail) {
    }

    @Schema(name = "ReportFigure")
    public record Figure(@Schema(required = true, example = "proactive.total") String key,
                         @Schema(required = true) long value, @Schema(required = true) String definition) {
    }
}
