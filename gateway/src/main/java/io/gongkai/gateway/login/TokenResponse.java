package io.gongkai.gateway.login;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a login: a gateway-signed RS256 JWT to send as {@code Authorization: Bearer ...}. */
@Schema(description = "A gateway-signed RS256 JWT to send as `Authorization: Bearer <accessToken>`")
public record TokenResponse(
        @Schema(required = true, example = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl") String accessToken,
        @Schema(required = true, example = "Bearer") String tokenType,
        @Schema(required = true, description = "seconds until the token expires", example = "3600") long expiresIn) {
}
