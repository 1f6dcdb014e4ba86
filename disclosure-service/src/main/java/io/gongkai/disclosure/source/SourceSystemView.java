package io.gongkai.disclosure.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source system as callers see it. */
@Schema(name = "SourceSystem", requiredProperties = {"code", "name", "active", "version"})
public record SourceSystemView(
        @Schema(example = "finance") String code,
        @Schema(example = "财务系统") String name,
        boolean active,
        long version) {

    static SourceSystemView of(SourceSystem source) {
        return new SourceSystemView(source.code, source.name, source.active, source.version);
    }
}
