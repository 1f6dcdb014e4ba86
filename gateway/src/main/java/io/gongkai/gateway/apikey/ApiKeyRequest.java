package io.gongkai.gateway.apikey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key: what it may do, and which source system it pushes as. */
public record ApiKeyRequest(
        @NotBlank @Size(max = 100) @Schema(example = "admissions system") String name,
        @NotEmpty @Size(max = 10) @Schema(example = "[\"items:write\"]", description = "what the key may do: `read` (what every key may: public items), "
                + "`items:read-campus` (campus-only items too), `items:write` (needs a registered `source`), `metrics:write`, `ops:metrics` (reads the gateway's `/q/metrics`: a monitoring system's key)") List<@NotBlank String> scopes,
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}", message = "must be a lower-case source code")
        @Schema(example = "admissions", nullable = true, description = "the source system the key pushes as (claim `source`); required with `items:write`, "
                + "and registered first with `POST /api/v1/sources`") String source,
        @Min(1) @Max(1_000_000) @Schema(example = "600", nullable = true, description = "requests per minute; the configured default when absent")
        Integer rateLimitPerMinute) {
}
