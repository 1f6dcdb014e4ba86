package io.gongkai.commons.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error answers of every service, declared once in the OpenAPI document ({@code components.responses})
 * so that an operation only names them: {@code @APIResponse(responseCode = "404", ref = "NotFound")}.
 * Each is an RFC 9457 problem ({@code components.schemas.Problem}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesDocument implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String UNAVAILABLE = "Unavailable";

    /** Name → what the answer means, in the order the document lists them. */
    static final Map<String, String> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put(BAD_REQUEST, "Invalid request: a parameter or a field of the body (each named in violations)");
        RESPONSES.put(UNAUTHORIZED, "No valid bearer token");
        RESPONSES.put(FORBIDDEN, "The caller's roles, scopes, unit or source do not allow this");
        RESPONSES.put(NOT_FOUND, "No such resource, or not visible to the caller");
        RESPONSES.put(CONFLICT, "The change conflicts with the resource's state or existing data");
        RESPONSES.put(PRECONDITION_FAILED, "If-Match names an older version");
        RESPONSES.put(TOO_LARGE, "The body is over the size limit");
        RESPONSES.put(UNPROCESSABLE, "The Idempotency-Key was used for another request in the last 24 hours");
        RESPONSES.put(UNAVAILABLE, "The database is not reachable; retry after Retry-After seconds");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        for (Map.Entry<String, String> r : RESPONSES.entrySet()) {
            if (components.getResponses() == null || !components.getResponses().containsKey(r.getKey())) {
                components.addResponse(r.getKey(), response(r.getValue()));
            }
        }
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("postings[1].url"))
                .addProperty("message", string("must be an http(s) URL"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).description("RFC 9457 problem details")
                .addProperty("type", string("https://gongkai.io/problems/validation"))
                .addProperty("title", string("Invalid request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)))
                .addProperty("detail", string("title: must not be blank"))
                .addProperty("instance", string("/api/v1/items"))
                .addProperty("requestId", string("0f6c2a3e9b7d4c1a").description("the X-Request-Id of the failed request"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(violation)
                        .description("one entry per invalid field"));
    }

    private static Schema string(String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of(example));
    }
}
