package io.gongkai.disclosure.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit as callers see it. */
@Schema(name = "Unit", requiredProperties = {"code", "name", "active", "sortOrder", "version"})
public record UnitView(
        @Schema(example = "FINANCE") String code,
        @Schema(example = "财务处") String name,
        boolean active,
        int sortOrder,
        long version) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code, unit.name, unit.active, unit.sortOrder, unit.version);
    }
}
