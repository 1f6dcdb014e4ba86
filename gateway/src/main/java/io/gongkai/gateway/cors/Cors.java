package io.gongkai.gateway.cors;

import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.routing.VertxProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the portal's origins ({@code gongkai.cors.*}, {@code GONGKAI_CORS_ORIGINS}), in place of Quarkus' own
 * filter: a request from an origin that is neither listed nor the gateway's own is a 403 problem+json (Quarkus
 * answered an empty "CORS Rejected"), pre-flights are answered here and never routed, and every answer says
 * {@code Vary: Origin}, relayed ones too (they may be {@code Cache-Control: public}: a shared cache must not give
 * one origin's answer to another).
 */
@ApplicationScoped
public class Cors {

    /** Where Quarkus' CORS filter sits: after request ids, the access log and the path guard, before routing (250). */
    static final int PRIORITY = 300;

    private final VertxProblems problems;
    private final Set<String> origins;
    private final boolean anyOrigin;
    private final String methods;
    private final String headers;
    private final String exposed;
    private final String maxAge;

    public Cors(GatewayConfig config, VertxProblems problems) {
        this.problems = problems;
        this.origins = config.cors().origins().stream().map(Cors::normalised).filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.anyOrigin = origins.contains("*");
        this.methods = String.join(",", config.cors().methods());
        this.headers = String.join(",", config.cors().headers());
        this.exposed = String.join(",", config.cors().exposedHeaders());
        this.maxAge = Long.toString(config.cors().maxAge().toSeconds());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        // added as the head is written: a relayed answer's headers replace those set before it
        rc.addHeadersEndHandler(v -> varyOnOrigin(response.headers()));
        String origin = request.getHeader("Origin");
        if (origin == null) {
            rc.next();
            return;
        }
        if (!allowed(origin, request)) {
            problems.send(rc, 403, "forbidden", "Forbidden", "The origin " + abbreviated(origin)
                    + " may not call this API from a browser (CORS): it is not among the allowed origins", null);
            return;
        }
        response.putHeader("Access-Control-Allow-Origin", origin);
        if (request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null) {
            response.putHeader("Access-Control-Allow-Methods", methods)
                    .putHeader("Access-Control-Allow-Headers", headers)
                    .putHeader("Access-Control-Max-Age", maxAge)
                    .putHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
                    .setStatusCode(200).end();
            return;
        }
        response.putHeader("Access-Control-Expose-Headers", exposed);
        rc.next();
    }

    private boolean allowed(String origin, HttpServerRequest request) {
        String normalised = normalised(origin);
        if (anyOrigin || origins.contains(normalised)) {
            return true;
        }
        // the gateway's own pages (the public column it routes) post their forms with their own origin
        String host = request.getHeader("Host");
        return host != null && normalised.equals(request.scheme() + "://" + host.toLowerCase(Locale.ROOT));
    }

    private static void varyOnOrigin(MultiMap headers) {
        List<String> vary = headers.getAll("Vary");
        for (String value : vary) {
            for (String name : value.split(",")) {
                String n = name.trim();
                if (n.equalsIgnoreCase("Origin") || n.equals("*")) {
                    return;
                }
            }
        }
        headers.add("Vary", "Origin");
    }

    /** An origin as browsers send it: lower case, no trailing slash. */
    static String normalised(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    private static String abbreviated(String origin) {
        String printable = origin.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "..." : printable;
    }
}
