package io.gongkai.console.session;

import java.time.Instant;

/**
 * A signed-in person as the encrypted cookie carries them: the gateway's token (sent with every API call, never
 * shown to the browser), their user name and role as the token names them, and when the token expires. The role only
 * decides what a page offers; the API decides what is allowed.
 */
public record Session(String token, String username, String role, long expiresAt) {

    public boolean expired(Instant now) {
        return now.getEpochSecond() >= expiresAt;
    }

    public boolean works() {
        return "handler".equals(role) || "admin".equals(role);
    }

    public boolean auditor() {
        return "auditor".equals(role);
    }

    /** The office head approves extensions: today the admin role (duties come with the staff directory). */
    public boolean approvesExtensions() {
        return "admin".equals(role);
    }

    public String roleName() {
        return switch (role) {
            case "admin" -> "管理员（办公室负责人）";
            case "handler" -> "承办人";
            case "auditor" -> "审计";
            case "editor" -> "编辑";
            default -> role;
        };
    }
}
