package io.gongkai.gateway.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member's change of their own password: the old one proves it is them. */
public record OwnPasswordRequest(
        @NotBlank @Schema(example = "correct horse battery staple") String oldPassword,
        @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters")
        @Schema(example = "a new and longer passphrase") String newPassword) {
}
