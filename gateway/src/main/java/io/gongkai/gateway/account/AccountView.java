package io.gongkai.gateway.account;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A staff account as admins see it (never the password hash). */
public record AccountView(UUID id, String username, String role, String unit, OffsetDateTime createdAt, boolean disabled) {

    static AccountView of(StaffAccount account) {
        return new AccountView(account.id, account.username, account.role, account.unit, account.createdAt, account.disabled);
    }
}
