package io.gongkai.gateway.routing;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemResponses;
import io.gongkai.commons.web.RequestIds;
import io.gongkai.gateway.caller.Refusal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Problem+json answers written at the Vert.x level (routing, refusals), in the shape of every other error. */
@ApplicationScoped
public class VertxProblems {

    private final ProblemResponses problems;

    public VertxProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    public void send(RoutingContext rc, Refusal refusal) {
        send(rc, refusal.status(), refusal.slug(), refusal.title(), refusal.getMessage(), refusal.retryAfterSeconds());
    }

    public void send(RoutingContext rc, int status, String slug, String title, String detail, Long retryAfterSeconds) {
        var response = rc.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        if (response.closed()) {
            return;
        }
        // status, content type and the caller's language (Accept-Language: zh gives Chinese title and detail)
        String body = problems.prepare(rc.request(), response, new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                rc.request().path(), RequestIds.of(rc.request()), List.of()));
        if (retryAfterSeconds != null) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer, ApiKey");
        }
        response.end(body);
        // a refused request's body is not wanted: let it drain rather than stall the connection
        if (!rc.request().isEnded()) {
            rc.request().resume();
        }
    }
}
