package io.gongkai.disclosure.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source system as callers see it (backfillChangedBy/At left out until an admin first changes backfillAllowed). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SourceSystem", requiredProperties = {"code", "name", "active", "units", "backfillAllowed", "version"})
public record SourceSystemView(
        @Schema(example = "finance") String code,
        @Schema(example = "财务系统") String name,
        boolean active,
        @Schema(description = "the units the source's key may push items for", example = "[\"FINANCE\", \"PROCUREMENT\"]")
        List<String> units,
        @Schema(description = "whether the source's key may set a publishedAt older than the back-fill limit") boolean backfillAllowed,
        @Schema(description = "the admin who last changed backfillAllowed", example = "admin") String backfillChangedBy,
        @Schema(description = "when backfillAllowed last changed", example = "2026-12-08T09:00:00+08:00") OffsetDateTime backfillChangedAt,
        long version) {

    static SourceSystemView of(SourceSystem source) {
        return new SourceSystemView(source.code, source.name, source.active, source.units.stream().sorted().toList(),
                source.backfillAllowed, source.backfillChangedBy, source.backfillChangedAt, source.version);
    }
}
