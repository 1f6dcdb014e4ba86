package io.gongkai.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new password set by an admin. */
public record PasswordRequest(
        @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters")
        @Schema(example = "correct horse battery staple") String password) {
}
