package io.gongkai.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.routing.Routes;
import io.gongkai.gateway.routing.Upstream;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Serves /q/openapi: the services' documents, fetched at start and every {@code gongkai.openapi.refresh},
 * merged with the gateway's own by {@link OpenApiMerger}. A service that cannot be reached keeps its last
 * known document; one never fetched is listed under info.x-missing-services and asked again on the next request.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class);
    private static final long RETRY_MISSING_MILLIS = 5_000;

    private final Routes routes;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final GatewayConfig config;
    private final Instance<OpenApiDocumentService> ownDocument;
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private volatile String merged;
    private volatile long lastAttemptMillis;

    public OpenApiAggregator(Routes routes, Vertx vertx, ObjectMapper json, GatewayConfig config,
                             Instance<OpenApiDocumentService> ownDocument) {
        this.routes = routes;
        this.vertx = vertx;
        this.json = json;
        this.config = config;
        this.ownDocument = ownDocument;
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setTimer(200, t -> refresh());
        vertx.setPeriodic(config.openapi().refresh().toMillis(), t -> refresh());
    }

    void register(@Observes Router router) {
        router.get("/q/openapi").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    void serve(RoutingContext rc) {
        boolean incomplete = merged == null || documents.size() < routes.all().size();
        Future<Void> ready = incomplete && System.currentTimeMillis() - lastAttemptMillis > RETRY_MISSING_MILLIS
                ? refresh() : Future.succeededFuture();
        ready.onComplete(done -> {
            String body = merged;
            if (body == null) {
                body = rebuild();
            }
            rc.response().putHeader("Content-Type", "application/json;charset=UTF-8").end(body);
        });
    }

    /** Fetches every service's document (those that answer replace their old one), then merges. */
    public Future<Void> refresh() {
        lastAttemptMillis = System.currentTimeMillis();
        List<Future<Void>> fetches = new ArrayList<>();
        for (Upstream upstream : routes.all()) {
            fetches.add(fetch(upstream));
        }
        return Future.join(fetches).transform(done -> vertx.executeBlocking(() -> {
            merged = rebuild();
            return null;
        }, false));
    }

    private Future<Void> fetch(Upstream upstream) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host())
                .setPort(upstream.port()).setSsl(upstream.ssl()).setURI("/q/openapi?format=json")
                .putHeader("Accept", "application/json").setConnectTimeout(2000).setTimeout(5000);
        return routes.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    return body;
                }))
                .<Void>map(body -> {
                    try {
                        documents.put(upstream.name(), json.readTree(body.getBytes()));
                    } catch (Exception e) {
                        throw new IllegalStateException("not JSON: " + e.getMessage());
                    }
                    return null;
                })
                .onFailure(e -> LOG.debugf("OpenAPI document of the %s not fetched: %s", upstream.displayName(), e.getMessage()))
                .recover(e -> Future.succeededFuture());
    }

    String rebuild() {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        JsonNode own = own();
        if (own != null) {
            sources.add(new OpenApiMerger.Source("gateway", own));
        }
        List<String> missing = new ArrayList<>();
        for (Upstream upstream : routes.all()) {
            JsonNode doc = documents.get(upstream.name());
            if (doc != null) {
                sources.add(new OpenApiMerger.Source(upstream.name(), doc));
            } else {
                missing.add(upstream.name());
            }
        }
        try {
            return json.writeValueAsString(OpenApiMerger.merge(sources, config.openapi().serverUrl(), missing));
        } catch (Exception e) {
            throw new IllegalStateException("merged OpenAPI document not writable", e);
        }
    }

    private JsonNode own() {
        try {
            if (ownDocument.isResolvable()) {
                return json.readTree(ownDocument.get().getDocument("<default>", Format.JSON));
            }
        } catch (Exception e) {
            LOG.debugf("The gateway's own OpenAPI document is not available: %s", e.getMessage());
        }
        return null;
    }
}
