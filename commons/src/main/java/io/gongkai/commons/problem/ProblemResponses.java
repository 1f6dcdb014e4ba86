package io.gongkai.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the one place that knows the wire format of an error. */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response.ResponseBuilder build(int status, String slug, String title, String detail,
                                          String instance, String requestId, List<Problem.Violation> violations) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, requestId, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(write(problem));
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
