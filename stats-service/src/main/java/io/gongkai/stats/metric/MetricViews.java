package io.gongkai.stats.metric;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the metrics API. */
public final class MetricViews {

    private MetricViews() {
    }

    @Schema(name = "MetricPush", description = "A channel figure for a period, from the system that knows it")
    public record Push(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be a channel code such as EXTERNAL_MEDIA")
            @Schema(example = "EXTERNAL_MEDIA") String channel,
            @NotBlank @Size(max = 10) @Schema(example = "AY2022", description = "2022-09-01, 2022-09 or AY2022") String period,
            @NotNull @PositiveOrZero @Max(1_000_000_000L) @Schema(example = "300") Long count,
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a source id such as news-office")
            @Schema(example = "news-office") String source) {
    }

    @Schema(name = "Metric", description = "A pushed figure as stored")
    public record Metric(@Schema(required = true, example = "EXTERNAL_MEDIA") String channel,
                         @Schema(required = true, example = "AY2022") String period,
                         @Schema(required = true) Period.Granularity granularity,
                         @Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                         @Schema(required = true, example = "300") long count,
                         @Schema(required = true, example = "news-office") String source,
                         @Schema(required = true, enumeration = {"created", "updated", "unchanged"}, example = "created") String result,
                         @Schema(required = true, example = "0") long version) {
    }

    /** Where a channel's figure comes from: its item postings (from disclosure-service's events) or pushed counts. */
    public enum FigureSource { ITEMS, PUSHED }

    @Schema(name = "ChannelTotal")
    public record ChannelTotal(@Schema(example = "EXTERNAL_MEDIA", required = true) String channel,
                               @Schema(example = "300", required = true) long count,
                               @Schema(required = true) FigureSource source,
                               @Schema(description = "when the channel has both: the other source's figure, not added to the total "
                                       + "(the report's checks name it)", nullable = true) Long notCounted) {
    }

    @Schema(name = "ChannelStatistics", description = "Totals per channel for a period; their sum is the proactive total")
    public record ChannelStatistics(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                                    @Schema(required = true, example = "4258") long total,
                                    @Schema(required = true) List<ChannelTotal> channels,
                                    @JsonInclude(JsonInclude.Include.NON_NULL)
                                    @Schema(description = "the unit asked for (left out when none was)", example = "ADMISSIONS") String unit,
                                    @JsonInclude(JsonInclude.Include.NON_NULL)
                                    @Schema(description = "the checklist category asked for (left out when none was)", example = "2") Integer category,
                                    @JsonInclude(JsonInclude.Include.NON_NULL)
                                    @Schema(description = "the series' granularity (left out when none was asked for)",
                                            enumeration = {"day", "week", "month", "year", "academic_year"}, example = "month") String granularity,
                                    @Schema(required = true, description = "with granularity: one point per day, week, month or year of the "
                                            + "period, in order, the first and last clipped to it; empty without") List<ChannelPoint> series) {

        /** The totals of a period, without filter or series (the report's). */
        public ChannelStatistics(LocalDate from, LocalDate to, long total, List<ChannelTotal> channels) {
            this(from, to, total, channels, null, null, null, List.of());
        }
    }

    @Schema(name = "ChannelPoint", description = "One point of a series: the channel totals of a day, week, month or year")
    public record ChannelPoint(@Schema(required = true, example = "2022-09", description = "2022-09-01, 2022-W35, 2022-09, 2022 or AY2022") String period,
                               @Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                               @Schema(required = true, example = "42") long total,
                               @Schema(required = true, description = "the channels with a count in this point") List<ChannelTotal> channels) {
    }
}
