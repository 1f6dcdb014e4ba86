package io.gongkai.gateway.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as admins see it. {@code secret} is only present in the answer to its creation. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "An API key as admins see it; `secret` only in the answer to its creation")
public record ApiKeyView(
        @Schema(required = true, implementation = String.class, format = "uuid", example = "3f1c9a52-6a0e-4f6b-9b1e-2c7d8e9f0a1b") UUID id,
        @Schema(required = true, example = "admissions system") String name,
        @Schema(required = true, example = "[\"items:write\"]") List<String> scopes,
        @Schema(required = true, nullable = true, example = "admissions", description = "the source system it pushes as")
        String source,
        @Schema(required = true, nullable = true, example = "600",
                description = "requests per minute; null for the configured default") Integer rateLimitPerMinute,
        @Schema(required = true, implementation = String.class, format = "date-time", example = "2024-05-20T09:00:00+08:00")
        OffsetDateTime createdAt,
        @Schema(required = true, example = "admin", description = "the admin who created it") String createdBy,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                example = "2024-05-20T09:00:00+08:00", description = "null when never used (recorded every 15 s)")
        OffsetDateTime lastUsedAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                example = "2024-05-21T10:00:00+08:00", description = "null while the key works")
        OffsetDateTime revokedAt,
        @Schema(required = true, example = "PUBLIC",
                description = "the items the key sees: `PUBLIC`, or `PUBLIC_AND_CAMPUS` when it has the scope `items:read-campus`")
        Audience sees,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, example = "This key sees campus-only items: give it only to a party entitled to them",
                description = "only in the answer to its creation, and only for a key that sees campus-only items")
        String warning,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(example = "gk_3f1c9a526a0e4f6b9b1e2c7d8e9f0a1b_Zm9vYmFy",
                description = "the secret, shown once: send it as `Authorization: ApiKey <secret>` or `X-Api-Key: <secret>`")
        String secret) {

    /** What a key's reads show: every key sees public items; campus-only ones need {@code items:read-campus}. */
    @Schema(name = "ApiKeyAudience", description = "the items a key sees")
    public enum Audience { PUBLIC, PUBLIC_AND_CAMPUS }

    static final String CAMPUS_WARNING = "This key sees campus-only items (scope items:read-campus): give it only to a "
            + "party entitled to them, never to an outside vendor";

    static ApiKeyView of(ApiKey key, String secret) {
        Audience sees = key.scopeList().contains(ApiKeyService.CAMPUS) ? Audience.PUBLIC_AND_CAMPUS : Audience.PUBLIC;
        String warning = secret != null && sees == Audience.PUBLIC_AND_CAMPUS ? CAMPUS_WARNING : null;
        return new ApiKeyView(key.id, key.name, key.scopeList(), key.source, key.rateLimitPerMinute, key.createdAt,
                key.createdBy, key.lastUsedAt, key.revokedAt, sees, warning, secret);
    }
}
