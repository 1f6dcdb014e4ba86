package io.gongkai.disclosure.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to add or change a channel. */
@Schema(name = "ChannelRequest")
public record ChannelRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be upper-case letters, digits and _")
        @Schema(example = "BILIBILI") String code,
        @NotBlank @Size(max = 100) @Schema(example = "哔哩哔哩") String name,
        @NotBlank @Size(max = 40) @Schema(example = "个") String countedPer,
        @Size(max = 500) String description,
        Boolean active,
        @PositiveOrZero Integer sortOrder) {
}
