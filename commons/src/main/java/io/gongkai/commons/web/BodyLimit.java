package io.gongkai.commons.web;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose Content-Length exceeds quarkus.http.limits.max-body-size with a 413
 * problem+json before reading it (Quarkus' own check answers with an empty body). A chunked body
 * that grows past the limit is still cut off by Quarkus itself.
 */
@ApplicationScoped
public class BodyLimit {

    private final ProblemResponses problems;
    private final long maxBytes;

    public BodyLimit(ProblemResponses problems,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.problems = problems;
        this.maxBytes = maxBodySize.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                String body = problems.prepare(rc.request(), rc.response(), new Problem(Problem.TYPE_BASE + "too-large",
                        "Payload too large", 413, "The request body exceeds the limit of " + maxBytes + " bytes",
                        rc.request().path(), RequestIds.of(rc.request()), List.of()));
                rc.response().putHeader("Connection", "close")
                        .end(body)
                        // the unread body would otherwise be taken as the next request
                        .onComplete(done -> rc.request().connection().close());
                return;
            }
            rc.next();
        }, 900);
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x itself rejects a malformed Content-Length
        }
    }
}
