package io.gongkai.gateway.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff login. */
public record TokenRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
}
