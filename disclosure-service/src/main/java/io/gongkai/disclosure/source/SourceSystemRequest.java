package io.gongkai.disclosure.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to add or change a source system. */
@Schema(name = "SourceSystemRequest")
public record SourceSystemRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case letters, digits and -")
        @Schema(example = "library") String code,
        @NotBlank @Size(max = 100) @Schema(example = "图书馆管理系统") String name,
        @Schema(example = "true") Boolean active) {
}
