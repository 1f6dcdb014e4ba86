package io.gongkai.gateway.routing;

import io.gongkai.gateway.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The routing table (gongkai.routes.*) and the one HTTP client that talks to the services. */
@ApplicationScoped
public class Routes {

    private final List<Upstream> upstreams;
    private final HttpClient client;

    public Routes(GatewayConfig config, Vertx vertx) {
        List<Upstream> list = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Route> entry : config.routes().entrySet()) {
            GatewayConfig.Route route = entry.getValue();
            URI uri = URI.create(route.url());
            boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
            List<String> prefixes = route.prefixes().stream().map(String::trim)
                    .map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p).toList();
            for (String prefix : prefixes) {
                if (!prefix.startsWith("/api/") || prefix.contains("..")) {
                    throw new IllegalStateException("Route prefix " + prefix + " of " + entry.getKey()
                            + " must be under /api/ (internal paths are never routed)");
                }
            }
            list.add(new Upstream(entry.getKey(), uri.getHost(), port, ssl, prefixes,
                    route.timeout().orElse(config.gateway().timeout()).toMillis(),
                    route.retries().orElse(config.gateway().retries()),
                    new CircuitBreaker(config.gateway().breaker().failures(), config.gateway().breaker().openFor().toNanos())));
        }
        list.sort(Comparator.comparing(Upstream::name));
        this.upstreams = List.copyOf(list);
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        .setDecompressionSupported(false)
                        .setConnectTimeout((int) config.gateway().connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(config.gateway().poolSize()));
    }

    void onStop(@Observes ShutdownEvent event) {
        client.close();
    }

    public Upstream match(String path) {
        for (Upstream upstream : upstreams) {
            if (upstream.owns(path)) {
                return upstream;
            }
        }
        return null;
    }

    public List<Upstream> all() {
        return upstreams;
    }

    public HttpClient client() {
        return client;
    }
}
