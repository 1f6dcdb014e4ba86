package io.gongkai.commons.web;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemResponses;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Problem+json for what never reaches a REST resource: a path nothing serves, a body over the size
 * limit, a failure inside Vert.x itself.
 */
@ApplicationScoped
public class RouterProblems {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RouterProblems.class);

    private final ProblemResponses problems;

    public RouterProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        // "CONNECT host:443" has no path: the router fails it with a bare 404 before any filter sees it
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.request().method() != HttpMethod.CONNECT) {
                rc.next();
                return;
            }
            RequestIds.assign(rc.request(), rc.response());
            rc.response().putHeader("Connection", "close");
            send(rc, 405, "method-not-allowed", "Method Not Allowed", "CONNECT is not served here (this is no proxy)");
            rc.request().connection().close();
        });
        router.route().order(Integer.MAX_VALUE).handler(rc -> send(rc, 404, "not-found", "Not Found",
                "Nothing is at " + rc.request().path()));
        router.errorHandler(413, rc -> send(rc, 413, "too-large", "Payload too large",
                "The request body exceeds the size limit"));
        router.errorHandler(400, rc -> send(rc, 400, "bad-request", "Bad request", "The request could not be read"));
        router.errorHandler(404, rc -> send(rc, 404, "not-found", "Not Found", "Nothing is at " + rc.request().path()));
        router.errorHandler(405, rc -> send(rc, 405, "method-not-allowed", "Method Not Allowed",
                "Method " + rc.request().method() + " is not allowed here"));
        router.errorHandler(500, rc -> {
            LOG.error("Unexpected failure outside the REST layer", rc.failure());
            send(rc, 500, "internal", "Internal error", "Something went wrong on our side; quote the request id when reporting it");
        });
    }

    private void send(RoutingContext rc, int status, String slug, String title, String detail) {
        if (rc.response().headWritten()) {
            rc.response().end();
            return;
        }
        rc.response().end(problems.prepare(rc.request(), rc.response(), new Problem(Problem.TYPE_BASE + slug, title, status,
                detail, rc.request().path(), RequestIds.of(rc.request()), List.of())));
    }
}
