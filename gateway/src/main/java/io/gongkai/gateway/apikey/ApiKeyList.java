package io.gongkai.gateway.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The keys, newest first: one page (every key fits on it). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "API keys, newest first, without secrets")
public record ApiKeyList(
        @Schema(required = true) List<ApiKeyView> items,
        @Schema(required = true, nullable = true, description = "always null: every key is on the one page") String nextCursor) {
}
