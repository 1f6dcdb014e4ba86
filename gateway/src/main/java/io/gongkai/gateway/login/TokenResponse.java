package io.gongkai.gateway.login;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a login: a gateway-signed RS256 JWT to send as {@code Authorization: Bearer ...}. */
public record TokenResponse(
        String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "seconds until the token expires", example = "3600") long expiresIn) {
}
