package io.gongkai.disclosure.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to add or change a source system. */
@Schema(name = "SourceSystemRequest")
public record SourceSystemRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case letters, digits and -")
        @Schema(example = "library") String code,
        @NotBlank @Size(max = 100) @Schema(example = "图书馆管理系统") String name,
        @Schema(example = "true") Boolean active,
        @Size(max = 100) @Schema(description = "codes of the units the source's key may push items for; left out: none for a "
                + "new source, unchanged for a change", example = "[\"ADMISSIONS\", \"GRADUATE_SCHOOL\"]")
        List<@NotNull @Size(max = 40) String> units,
        @Schema(description = "true lets the source's key set a publishedAt older than the back-fill limit (default 30 days); "
                + "who changed it and when is recorded. Left out: false for a new source, unchanged for a change", example = "false")
        Boolean backfillAllowed) {
}
