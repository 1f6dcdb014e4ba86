package io.gongkai.stats.metric;

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

    @Schema(name = "Metric")
    public record Metric(String channel, String period, Period.Granularity granularity, LocalDate from, LocalDate to,
                         long count, String source, String result, long version) {
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

    @Schema(name = "ChannelStatistics")
    public record ChannelStatistics(LocalDate from, LocalDate to, long total, List<ChannelTotal> channels) {
    }
}
