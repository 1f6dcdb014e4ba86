package io.gongkai.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.commons.web.RequestIds;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the one place that knows the wire format of an error. */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** An English problem answer, for callers that have no request at hand. */
    public Response.ResponseBuilder build(int status, String slug, String title, String detail,
                                          String instance, String requestId, List<Problem.Violation> violations) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, requestId, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(write(problem));
    }

    /** The problem answer to a request, in the language its Accept-Language prefers (ProblemLanguage). */
    public Response.ResponseBuilder build(HttpServerRequest request, int status, String slug, String title, String detail,
                                          List<Problem.Violation> violations) {
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, request.path(), RequestIds.of(request),
                violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(write(problem, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.of(language)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The problem in the language of {@code acceptLanguage}, serialised. */
    public String write(Problem problem, String acceptLanguage) {
        return write(ProblemLanguage.localize(problem, acceptLanguage));
    }

    /**
     * Sets a Vert.x response's status and headers for a problem and returns its body, in the language the
     * request prefers; the caller ends the response with it.
     */
    public String prepare(HttpServerRequest request, HttpServerResponse response, Problem problem) {
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.of(language))
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return write(problem, language);
    }

    public String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // a record of strings and ints always serialises; keep a valid document if it ever does not
            return "{\"type\":\"" + Problem.TYPE_BASE + "internal\",\"title\":\"Internal error\",\"status\":500}";
        }
    }
}
