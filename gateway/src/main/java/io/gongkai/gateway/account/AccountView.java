package io.gongkai.gateway.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account as admins see it (never the password hash). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A staff account as admins see it (never its password)")
public record AccountView(
        @Schema(required = true, implementation = String.class, format = "uuid", example = "8d3e2f10-4b5c-4d6e-8f90-a1b2c3d4e5f6") UUID id,
        @Schema(required = true, example = "zhang.wei") String username,
        @Schema(required = true, enumeration = {"admin", "editor", "handler", "auditor"}, example = "editor") String role,
        @Schema(required = true, nullable = true, example = "教务处", description = "the unit an editor edits for; null for other roles")
        String unit,
        @Schema(required = true, implementation = String.class, format = "date-time", example = "2024-05-20T09:00:00+08:00")
        OffsetDateTime createdAt,
        @Schema(required = true, description = "a disabled account can neither log in nor use its tokens") boolean disabled) {

    static AccountView of(StaffAccount account) {
        return new AccountView(account.id, account.username, account.role, account.unit, account.createdAt, account.disabled);
    }
}
