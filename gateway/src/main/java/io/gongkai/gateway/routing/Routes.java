package io.gongkai.gateway.routing;

import io.gongkai.gateway.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Context;
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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The routing table (gongkai.routes.*) and the HTTP clients that talk to the services (one per event loop). */
@ApplicationScoped
public class Routes {

    /** The name of the public column's upstream. */
    public static final String SITE = "web";
    /** The name of the staff console's upstream, and the path it owns with everything below it. */
    public static final String CONSOLE = "console";
    static final String CONSOLE_PATH = "/console";

    private final List<Upstream> upstreams;
    private final Optional<Upstream> site;
    private final Optional<Upstream> console;
    private final HttpClient client;
    private final HttpClientOptions options;
    private final int poolSize;
    private final Vertx vertx;
    private final ThreadLocal<HttpClient> loopClient = new ThreadLocal<>();
    private final List<HttpClient> perLoop = new CopyOnWriteArrayList<>();

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
            long timeoutMillis = route.timeout().orElse(config.gateway().timeout()).toMillis();
            // a trial no path settled is given up after the longest a call can take: connecting and the idle timeout
            long trialDeadlineNanos = (config.gateway().connectTimeout().toMillis() + timeoutMillis) * 1_000_000L;
            list.add(new Upstream(entry.getKey(), uri.getHost(), port, ssl, prefixes, timeoutMillis,
                    route.retries().orElse(config.gateway().retries()),
                    new CircuitBreaker(config.gateway().breaker().failures(), config.gateway().breaker().openFor().toNanos(),
                            trialDeadlineNanos),
                    route.audience().orElse(entry.getKey() + "-service"),
                    route.maxBodyBytes().orElse(config.gateway().maxBodyBytes()).asLongValue()));
        }
        list.sort(Comparator.comparing(Upstream::name));
        this.upstreams = List.copyOf(list);
        this.site = config.site().url().filter(url -> !url.isBlank()).map(url -> siteUpstream(SITE, url, "/", config.site().maxBodyBytes().asLongValue(), config));
        this.console = config.console().url().filter(url -> !url.isBlank())
                .map(url -> siteUpstream(CONSOLE, url, CONSOLE_PATH, config.console().maxBodyBytes().asLongValue(), config));
        this.options = new HttpClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setDecompressionSupported(false)
                .setConnectTimeout((int) config.gateway().connectTimeout().toMillis());
        this.poolSize = config.gateway().poolSize();
        this.vertx = vertx;
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(poolSize));
    }

    /** A site of pages (web, the console): the gateway's timeout, retries and breaker, no token audience of its own. */
    private static Upstream siteUpstream(String name, String url, String prefix, long maxBodyBytes, GatewayConfig config) {
        URI uri = URI.create(url);
        boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
        long timeoutMillis = config.gateway().timeout().toMillis();
        return new Upstream(name, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80, ssl, List.of(prefix),
                timeoutMillis, config.gateway().retries(), new CircuitBreaker(config.gateway().breaker().failures(),
                config.gateway().breaker().openFor().toNanos(), (config.gateway().connectTimeout().toMillis() + timeoutMillis) * 1_000_000L),
                name, maxBodyBytes);
    }

    void onStop(@Observes ShutdownEvent event) {
        client.close();
        perLoop.forEach(HttpClient::close);
    }

    /** The service that owns a path, or null when none does. */
    public Match match(String path) {
        for (Upstream upstream : upstreams) {
            String uri = upstream.metricsTemplate(path);
            if (uri != null) {
                return new Match(upstream, uri);
            }
        }
        return null;
    }

    /**
     * The page for a path outside the API: /console and below go to the staff console (when configured), every other
     * path but /api, /q and their subpaths to the public column (/internal never reaches here: the path guard refuses
     * it). Each site's metrics name is one bounded value.
     */
    public Match page(String path) {
        if (path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/")) {
            return null;
        }
        if (path.equals(CONSOLE_PATH) || path.startsWith(CONSOLE_PATH + "/")) {
            // without a console, its paths are nobody's: never the public column's
            return console.map(upstream -> new Match(upstream, "/console/{page}")).orElse(null);
        }
        return site.map(upstream -> new Match(upstream, "/{page}")).orElse(null);
    }

    /** A routed path: the service that owns it and the path's bounded name for metrics (one prefix search). */
    public record Match(Upstream upstream, String uri) {
    }

    public List<Upstream> all() {
        return upstreams;
    }

    /** The client of background work (health, OpenAPI documents), whatever thread it runs on. */
    public HttpClient client() {
        return client;
    }

    /**
     * The client of the calling event loop. A connection lives on the event loop that opened it: a
     * request from another loop would hand every write and every answer across threads (a wake-up
     * system call each way). With one client per loop, a proxied call stays on its loop. Off the event
     * loops, the shared client.
     */
    public HttpClient clientOfThisLoop() {
        if (!Context.isOnEventLoopThread()) {
            return client;
        }
        HttpClient own = loopClient.get();
        if (own == null) {
            own = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(poolSize));
            loopClient.set(own);
            perLoop.add(own);
        }
        return own;
    }
}
