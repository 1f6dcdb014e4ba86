package io.gongkai.inquiry;

import io.gongkai.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The error answers of this service, declared once and referenced by each operation (ref = "NotFound"...). */
@OpenAPIDefinition(info = @Info(title = "Gongkai inquiry-service", version = "1.0"), components = @Components(responses = {
        @APIResponse(name = "BadRequest", description = "Malformed JSON, an unknown enum value, a missing or too long field",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "Unauthorized", description = "A valid bearer token is required",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "Forbidden", description = "The caller's roles do not allow this",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "NotFound", description = "No such request, or (for the applicant) a wrong access code",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "WrongState", description = "The step is not allowed in the request's current state",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "TooManyAttempts", description = "Too many wrong access codes for this number or from this client",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
}))
public final class InquiryApi {

    private InquiryApi() {
    }
}
