package io.gongkai.commons.problem;

import io.gongkai.commons.outbox.FeedConsumers;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error answers of every service, declared once in the OpenAPI document ({@code components.responses})
 * so that an operation only names them: {@code @APIResponse(responseCode = "404", ref = "NotFound")}.
 * Each is an RFC 9457 problem ({@code components.schemas.Problem}).
 * <p>
 * The answers the platform gives to any operation are added here, so that no operation can forget one: 400 to an
 * operation with parameters or a body, 413 and 415 to one with a body, 401 to one with a security requirement and 403
 * when that requirement is not optional, 503 to all (the database); every answer documents {@code X-Request-Id}.
 * An operation's own declaration of a code wins.
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
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String REQUEST_ID_HEADER = "RequestId";

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
        RESPONSES.put(UNSUPPORTED_MEDIA_TYPE, "The body is not of a media type this operation reads");
        RESPONSES.put(UNAVAILABLE, "The database is not reachable; retry after Retry-After seconds");
    }

    private static final Map<String, String> CODES = Map.of(BAD_REQUEST, "400", UNAUTHORIZED, "401", FORBIDDEN, "403",
            TOO_LARGE, "413", UNSUPPORTED_MEDIA_TYPE, "415", UNAVAILABLE, "503");

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
                APIResponse response = response(r.getValue());
                if (r.getKey().equals(UNAVAILABLE)) {
                    response.addHeader("Retry-After", OASFactory.createHeader().description("seconds to wait before retrying")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(5))));
                }
                components.addResponse(r.getKey(), response);
            }
        }
        if (components.getHeaders() == null || !components.getHeaders().containsKey(REQUEST_ID_HEADER)) {
            components.addHeader(REQUEST_ID_HEADER, OASFactory.createHeader()
                    .description("The request's id: the caller's own X-Request-Id when it sent a valid one, else a new one; "
                            + "quote it when reporting a problem")
                    .schema(string("0f6c2a3e9b7d4c1a")));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<SecurityRequirement> global = openAPI.getSecurity();
        boolean feed = openAPI.getPaths().getPathItems().values().stream()
                .filter(p -> p.getOperations() != null).flatMap(p -> p.getOperations().values().stream())
                .filter(o -> o.getSecurity() != null).flatMap(o -> o.getSecurity().stream())
                .anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(FeedConsumers.SECURITY_SCHEME));
        if (feed && (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(FeedConsumers.SECURITY_SCHEME))) {
            components.addSecurityScheme(FeedConsumers.SECURITY_SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(FeedConsumers.HEADER)
                    .description("An internal consumer's service credential (stats-service); the feed is not routed by the gateway"));
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getOperations().values()) {
                completeResponses(operation, path, global);
            }
        }
    }

    private static void completeResponses(Operation operation, PathItem path, List<SecurityRequirement> global) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        boolean parameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (path.getParameters() != null && !path.getParameters().isEmpty());
        boolean body = operation.getRequestBody() != null;
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : global;
        boolean secured = security != null && !security.isEmpty();
        boolean optional = secured && security.stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
        // a service credential is accepted or not (401): no role or scope behind it could refuse with 403
        boolean credentialOnly = secured && security.stream().allMatch(r -> r.getSchemes() != null
                && r.getSchemes().keySet().equals(java.util.Set.of(FeedConsumers.SECURITY_SCHEME)));
        APIResponse bare = operation.getResponses().getAPIResponse("400");
        if (bare != null && bare.getRef() == null && bare.getContent() == null) {
            // SmallRye's own 400 for a validated operation has no body: the problem answer replaces it
            operation.getResponses().removeAPIResponse("400");
        }
        if (parameters || body) {
            addIfAbsent(operation, BAD_REQUEST);
        }
        if (body) {
            addIfAbsent(operation, TOO_LARGE);
            addIfAbsent(operation, UNSUPPORTED_MEDIA_TYPE);
        }
        if (secured) {
            addIfAbsent(operation, UNAUTHORIZED);
            if (!optional && !credentialOnly) {
                addIfAbsent(operation, FORBIDDEN);
            }
        }
        addIfAbsent(operation, UNAVAILABLE);
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getRef() == null && (response.getHeaders() == null || !response.getHeaders().containsKey("X-Request-Id"))) {
                response.addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID_HEADER));
            }
        }
    }

    private static void addIfAbsent(Operation operation, String name) {
        String code = CODES.get(name);
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description)
                .addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID_HEADER))
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
