package io.gongkai.gateway.login;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one can log in here: what a login page shows. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "How staff can log in at this gateway")
public record AuthMethods(
        @Schema(required = true, description = "true when local staff accounts exist (log in at tokenEndpoint)") boolean localAccounts,
        @Schema(required = true, example = "/api/v1/auth/token") String tokenEndpoint,
        @Schema(required = true, nullable = true, example = "https://sso.example.edu",
                description = "issuer of the campus identity provider whose tokens are accepted; null when there is none")
        String ssoIssuer) {
}
