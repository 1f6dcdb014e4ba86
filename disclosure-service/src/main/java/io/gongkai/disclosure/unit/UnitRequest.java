package io.gongkai.disclosure.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to add or change a unit. */
@Schema(name = "UnitRequest")
public record UnitRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be upper-case letters, digits and _")
        @Schema(example = "LIBRARY") String code,
        @NotBlank @Size(max = 100) @Schema(example = "图书馆") String name,
        @Schema(example = "true") Boolean active,
        @PositiveOrZero @Schema(example = "210") Integer sortOrder) {
}
