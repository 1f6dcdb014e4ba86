package io.gongkai.gateway.apikey;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.routing.CircuitBreaker;
import io.gongkai.gateway.routing.Routes;
import io.gongkai.gateway.routing.Upstream;
import io.gongkai.gateway.token.TokenMinter;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Whether a source system is registered, asked of the service that owns {@code /api/v1/sources} (disclosure)
 * with the admin's own forwarded token, as a routed call would carry it. A write key for a source nobody
 * registered would only collect 403s on its first push. Runs on a worker thread (it waits for the answer).
 */
@ApplicationScoped
public class SourceRegistry {

    private final Routes routes;
    private final TokenMinter minter;

    public SourceRegistry(Routes routes, TokenMinter minter) {
        this.routes = routes;
        this.minter = minter;
    }

    /** @throws ProblemException 409 when the source is not registered, 503 when the owning service cannot say */
    public void requireRegistered(String code, Caller admin) {
        String path = "/api/v1/sources/" + code;
        Routes.Match match = routes.match(path);
        if (match == null) {
            throw unavailable("no service owns " + path);
        }
        Upstream upstream = match.upstream();
        if (upstream.breaker().state() == CircuitBreaker.State.OPEN) {
            throw unavailable(upstream.name() + " is failing");
        }
        long timeout = Math.min(upstream.timeoutMillis(), 5_000);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host())
                .setPort(upstream.port()).setSsl(upstream.ssl()).setURI(path).setConnectTimeout(2_000).setTimeout(timeout)
                .putHeader("Accept", "application/json")
                .putHeader("Authorization", minter.forwardedAuthorization(admin, upstream.audience()));
        int status;
        try {
            status = routes.client().request(options)
                    .compose(request -> request.send())
                    .compose(response -> response.body().map(body -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture().get(timeout + 3_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(upstream.name() + " did not answer");
        } catch (Exception e) {
            throw unavailable(upstream.name() + " cannot be reached");
        }
        if (status == 404) {
            throw ProblemException.conflict(
                    "The source '" + code + "' is not registered: register it first with POST /api/v1/sources "
                            + "({\"code\":\"" + code + "\",...}), then create its write key");
        }
        if (status != 200) {
            throw unavailable(upstream.name() + " answered " + status);
        }
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(503, "unavailable", "Service unavailable",
                "Cannot check that the source is registered (" + why + "); no key was created, try again later");
    }
}
