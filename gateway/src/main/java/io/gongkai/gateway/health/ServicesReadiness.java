package io.gongkai.gateway.health;

import io.gongkai.gateway.routing.CircuitBreaker;
import io.gongkai.gateway.routing.Routes;
import io.gongkai.gateway.routing.Upstream;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness of every service behind the gateway, in the gateway's /q/health: each service's
 * /q/health/ready is asked (1 s timeout, answers cached 2 s); the check is DOWN when one is not ready,
 * and says which, together with the state of its circuit breaker.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements AsyncHealthCheck {

    private static final long CACHE_MILLIS = 2_000;

    private final Routes routes;
    private final ConcurrentHashMap<String, Probe> last = new ConcurrentHashMap<>();

    private record Probe(String state, long atMillis) {
    }

    public ServicesReadiness(Routes routes) {
        this.routes = routes;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<String>> probes = new ArrayList<>();
        for (Upstream upstream : routes.all()) {
            probes.add(probe(upstream));
        }
        Future<HealthCheckResponse> all = Future.join(probes).transform(done -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("services");
            boolean up = true;
            for (int i = 0; i < probes.size(); i++) {
                Upstream upstream = routes.all().get(i);
                String state = probes.get(i).result();
                CircuitBreaker.State breaker = upstream.breaker().state();
                boolean ready = "UP".equals(state);
                // an open breaker is DOWN (see probe); a half-open one lets calls through again one trial at a time
                if (ready && breaker == CircuitBreaker.State.HALF_OPEN) {
                    state = "UP (circuit half-open: the next call is its trial)";
                }
                up &= ready;
                builder.withData(upstream.name(), state);
                builder.withData(upstream.name() + ".breaker", breaker.name());
            }
            return Future.succeededFuture(builder.status(up).build());
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private Future<String> probe(Upstream upstream) {
        if (upstream.breaker().state() == CircuitBreaker.State.OPEN) {
            return Future.succeededFuture("DOWN (failing: circuit open)");
        }
        Probe cached = last.get(upstream.name());
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.atMillis() < CACHE_MILLIS) {
            return Future.succeededFuture(cached.state());
        }
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host())
                .setPort(upstream.port()).setSsl(upstream.ssl()).setURI("/q/health/ready")
                .setConnectTimeout(1000).setTimeout(1000);
        return routes.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200 ? "UP" : "DOWN"))
                .recover(failure -> Future.succeededFuture("DOWN (not reachable)"))
                .onSuccess(state -> last.put(upstream.name(), new Probe(state, System.currentTimeMillis())));
    }
}
