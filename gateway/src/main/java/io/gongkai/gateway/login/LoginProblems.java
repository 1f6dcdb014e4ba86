package io.gongkai.gateway.login;

import io.gongkai.commons.problem.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The 429 of a throttled login, with Retry-After. */
public class LoginProblems {

    private final ProblemResponses problems;

    public LoginProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response throttled(LoginResource.TooManyLogins e, HttpServerRequest request) {
        return problems.build(request, 429, "rate-limited", "Too many requests",
                        "Too many failed logins; try again in " + e.retryAfterSeconds + " s", List.of())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds)).build();
    }
}
