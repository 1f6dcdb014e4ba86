package io.gongkai.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by an admin. */
public record PasswordRequest(
        @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters") String password) {
}
