package io.gongkai.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new staff account. Editors need the unit they edit for. */
public record AccountRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "3 to 100 letters, digits or . _ @ -")
        @Schema(example = "zhang.wei") String username,
        @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters")
        @Schema(example = "correct horse battery staple") String password,
        @NotBlank @Pattern(regexp = "admin|editor|handler|auditor", message = "must be one of admin, editor, handler, auditor")
        @Schema(example = "editor") String role,
        @Size(max = 100) @Schema(example = "教务处", nullable = true, description = "the unit an editor edits for (required for editors)") String unit) {
}
