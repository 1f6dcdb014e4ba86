package io.gongkai.gateway.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as admins see it. {@code secret} is only present in the answer to its creation. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiKeyView(
        UUID id,
        String name,
        List<String> scopes,
        String source,
        Integer rateLimitPerMinute,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the secret, shown once: send it as `Authorization: ApiKey <secret>` or `X-Api-Key: <secret>`")
        String secret) {

    static ApiKeyView of(ApiKey key, String secret) {
        return new ApiKeyView(key.id, key.name, key.scopeList(), key.source, key.rateLimitPerMinute, key.createdAt,
                key.createdBy, key.lastUsedAt, key.revokedAt, secret);
    }
}
