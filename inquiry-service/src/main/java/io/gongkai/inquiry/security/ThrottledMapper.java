package io.gongkai.inquiry.security;

import io.gongkai.commons.problem.ProblemResponses;
import io.gongkai.commons.web.RequestIds;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problem answer of a {@link Throttled} caller, with the Retry-After the document promises. */
public class ThrottledMapper {

    private final ProblemResponses problems;

    public ThrottledMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response throttled(Throttled e, HttpServerRequest request) {
        return problems.build(e.status(), e.slug(), e.title(), e.getMessage(), request.path(), RequestIds.of(request), List.of())
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
