package io.gongkai.gateway.login;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one can log in here: what a login page shows. */
public record AuthMethods(
        @Schema(description = "true when local staff accounts exist (log in at tokenEndpoint)") boolean localAccounts,
        @Schema(example = "/api/v1/auth/token") String tokenEndpoint,
        @Schema(description = "issuer of the campus identity provider whose tokens are accepted, if any") String ssoIssuer) {
}
