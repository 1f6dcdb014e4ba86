package io.gongkai.gateway.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff login. */
@Schema(description = "A staff login with a local account")
public record TokenRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "admin") String username,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "correct horse battery staple") String password) {
}
