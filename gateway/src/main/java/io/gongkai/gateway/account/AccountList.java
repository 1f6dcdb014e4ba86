package io.gongkai.gateway.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The staff accounts: one page (every account fits on it). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Staff accounts")
public record AccountList(
        @Schema(required = true) List<AccountView> items,
        @Schema(required = true, nullable = true, description = "always null: every account is on the one page") String nextCursor) {
}
