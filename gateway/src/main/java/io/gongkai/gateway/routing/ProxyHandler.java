package io.gongkai.gateway.routing;

import io.gongkai.commons.database.DatabaseErrors;
import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.auth.Authenticator;
import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.caller.ClientAddress;
import io.gongkai.gateway.ratelimit.RateLimiter;
import io.gongkai.gateway.caller.Refusal;
import io.gongkai.gateway.token.TokenMinter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The reverse proxy: a request under a configured prefix is authenticated, rate-limited and streamed
 * to the service that owns it, with a gateway-signed token in place of the caller's credentials; the
 * answer streams back unchanged (status, headers without hop-by-hop ones, body). Nothing is buffered.
 */
@ApplicationScoped
public class ProxyHandler {

    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);

    /** Hop-by-hop headers (RFC 9110 7.6.1) and the caller's credentials: never forwarded. */
    private static final Set<String> REQUEST_DROPPED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "authorization", "x-api-key", "expect", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "cookie", "x-gongkai-hop");
    private static final Set<String> RESPONSE_DROPPED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    public static final String ROUTE_KEY = "gongkai.route";
    public static final String CALLER_KEY = "gongkai.caller";
    /** The bounded name of a routed path for metrics (see {@link Upstream#metricsTemplate}). */
    public static final String URI_KEY = "gongkai.uri";

    private final Routes routes;
    private final Authenticator authenticator;
    private final RateLimiter limiter;
    private final TokenMinter minter;
    private final VertxProblems problems;
    private final Vertx vertx;
    private final ClientAddress clients;
    private final String hopCredential;
    private final long connectTimeoutMillis;
    private final int anonymousWritesPerMinute;
    private final boolean behindTrustedProxy;

    public ProxyHandler(Routes routes, Authenticator authenticator, RateLimiter limiter, TokenMinter minter,
                        VertxProblems problems, Vertx vertx, GatewayConfig config, ClientAddress clients,
                        @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                        boolean behindTrustedProxy) {
        this.routes = routes;
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.minter = minter;
        this.problems = problems;
        this.vertx = vertx;
        this.clients = clients;
        this.hopCredential = config.hop().credential().filter(c -> !c.isBlank()).orElse(null);
        this.connectTimeoutMillis = config.gateway().connectTimeout().toMillis();
        this.anonymousWritesPerMinute = config.ratelimit().anonymousWritesPerMinute();
        this.behindTrustedProxy = behindTrustedProxy;
    }

    void register(@Observes Filters filters) {
        // after the request id, access log, path guard and CORS filters; before Quarkus' own HTTP security
        // and REST handlers, which have nothing to do for a routed call (the gateway authenticates it here):
        // skipping them lowered the gateway's CPU per routed request by 10-20 % in side-by-side runs
        filters.register(this::handle, PRIORITY);
    }

    /** Between Quarkus' CORS filter (300) and its authentication filter (200). */
    static final int PRIORITY = 250;

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        Routes.Match routed = path.startsWith("/api/") ? routes.match(path) : routes.page(path);
        if (routed == null) {
            rc.next();
            return;
        }
        Upstream upstream = routed.upstream();
        HttpServerRequest request = rc.request();
        request.pause();
        rc.put(ROUTE_KEY, upstream.name());
        rc.put(URI_KEY, routed.uri());
        String length = request.getHeader("Content-Length");
        // the limit of the service it goes to: a body the service would refuse (resetting the connection) is the
        // client's fault, and must not reach the service to count against its breaker
        if (length != null && tooLarge(length, upstream.maxBodyBytes())) {
            rc.response().putHeader("Connection", "close");
            tooLarge(rc, upstream);
            return;
        }
        authenticator.authenticate(request).onComplete(result -> {
            if (result.failed()) {
                refuse(rc, result.cause());
                return;
            }
            try {
                admit(rc, upstream, result.result());
            } catch (RuntimeException e) {
                // a callback's exception would otherwise reach Vert.x, which answers text/plain
                LOG.error("Unexpected failure while admitting a request", e);
                problems.send(rc, 500, "internal", "Internal error",
                        "Something went wrong on our side; quote the request id when reporting it", null);
            }
        });
    }

    /** The authenticated caller's way in: write permission, rate limit, forwarded token, then the upstream. */
    private void admit(RoutingContext rc, Upstream upstream, Caller caller) {
        HttpServerRequest request = rc.request();
        rc.put(CALLER_KEY, caller.logId());
        boolean write = !SAFE.contains(request.method());
        if (write && !caller.mayWrite()) {
            problems.send(rc, Refusal.forbidden("This API key is read-only"));
            return;
        }
        long wait = 0;
        if (caller.kind() == Caller.Kind.API_KEY) {
            wait = limiter.acquire("key:" + caller.id(), caller.ratePerMinute());
        } else if (caller.kind() == Caller.Kind.ANONYMOUS && write && !Routes.CONSOLE.equals(upstream.name())) {
            // the console's form posts are pages, not API writes: each step it takes is an API call with the person's token
            wait = limiter.acquire("addr:" + clients.of(request), anonymousWritesPerMinute);
        }
        if (wait > 0) {
            problems.send(rc, Refusal.rateLimited(wait));
            return;
        }
        // never the caller's own credentials: a token for this service only
        String authorization = caller.kind() == Caller.Kind.ANONYMOUS ? null
                : minter.forwardedAuthorization(caller, upstream.audience());
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            rc.response().writeContinue();
        }
        forward(rc, upstream, authorization, 0);
    }

    private void forward(RoutingContext rc, Upstream upstream, String authorization, int attempt) {
        HttpServerRequest request = rc.request();
        if (rc.response().closed()) {
            return;
        }
        CircuitBreaker.Admission admission = upstream.breaker().admit();
        if (!admission.allowed()) {
            problems.send(rc, Refusal.unavailable("The " + upstream.displayName() + " is unavailable (it failed repeatedly; "
                    + "the gateway stops calling it for a moment)", upstream.breaker().retryAfterSeconds()));
            return;
        }
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(request.uri())
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(upstream.timeoutMillis());
        routes.clientOfThisLoop().request(options).onComplete(connected -> {
            if (connected.failed()) {
                upstream.breaker().failure();
                if (IDEMPOTENT.contains(request.method()) && attempt < upstream.retries()) {
                    vertx.setTimer(25L << attempt, t -> forward(rc, upstream, authorization, attempt + 1));
                    return;
                }
                LOG.warnf("No connection to the %s: %s", upstream.displayName(), connected.cause().getMessage());
                problems.send(rc, Refusal.unavailable("The " + upstream.displayName() + " is not reachable", 5));
                return;
            }
            HttpClientRequest outbound = connected.result();
            // the gateway resets calls itself (caller gone, body over the limit): expected, and Vert.x would log it at ERROR
            outbound.exceptionHandler(failure -> LOG.debugf("Call to the %s ended: %s", upstream.displayName(), failure));
            copyRequestHeaders(request, outbound.headers(), upstream);
            if (authorization != null) {
                outbound.putHeader("Authorization", authorization);
            }
            // the caller went away: stop the call to the service (not a failure of the service)
            rc.response().closeHandler(v -> outbound.reset());
            Future<HttpClientResponse> sent;
            if (!hasBody(request)) {
                sent = outbound.send();
            } else if (request.getHeader("Content-Length") != null) {
                sent = outbound.send(request);
            } else {
                sent = outbound.send(new LimitedBody(request, upstream.maxBodyBytes(), () -> {
                    // answer first: resetting fails the call to the service, which must find the answer given
                    rc.response().putHeader("Connection", "close");
                    tooLarge(rc, upstream);
                    outbound.reset();
                }));
            }
            sent.onComplete(answered -> {
                if (answered.failed() && (rc.response().ended() || rc.response().closed())) {
                    // already answered (body over the limit), or the caller left: nothing to tell, and the service
                    // is not to blame, but a trial must still be settled or the breaker would wait for it forever
                    upstream.breaker().abandoned(admission);
                    return;
                }
                if (answered.failed() && !(answered.cause() instanceof TimeoutException) && !request.isEnded()) {
                    // the service closed the call while the caller's body was still coming: most likely it refused the
                    // body (an answer such as 400 or 413, then a reset that may reach the gateway before the answer
                    // does), the client's fault; no breaker failure. A service that died instead fails the next
                    // connection attempt, which counts. The caller cannot be told which: a 503 as for a failed answer
                    upstream.breaker().abandoned(admission);
                    stopBody(rc, outbound);
                    problems.send(rc, Refusal.unavailable("The " + upstream.displayName()
                            + " closed the call before the request body was sent whole", 5));
                    return;
                }
                if (answered.failed()) {
                    Throwable cause = answered.cause();
                    upstream.breaker().failure();
                    stopBody(rc, outbound);
                    if (cause instanceof TimeoutException) {
                        problems.send(rc, 504, "timeout", "Gateway timeout", "The " + upstream.displayName()
                                + " did not answer within " + upstream.timeoutMillis() + " ms", null);
                    } else {
                        LOG.warnf("The %s failed to answer: %s", upstream.displayName(), cause.toString());
                        problems.send(rc, Refusal.unavailable("The " + upstream.displayName() + " failed to answer", 5));
                    }
                    return;
                }
                upstream.breaker().success();
                relay(rc, answered.result());
            });
        });
    }

    /*
     * The call failed while the caller may still be sending its body: the rest of it goes nowhere (each chunk written
     * to the failed call would be logged as an error of its own), and the connection closes after the answer.
     */
    private static void stopBody(RoutingContext rc, HttpClientRequest outbound) {
        HttpServerRequest request = rc.request();
        if (request.isEnded()) {
            return;
        }
        request.handler(chunk -> { });
        request.endHandler(null);
        request.exceptionHandler(null);
        rc.response().putHeader("Connection", "close");
        outbound.reset();
    }

    private void tooLarge(RoutingContext rc, Upstream upstream) {
        problems.send(rc, 413, "too-large", "Payload too large", "The request body exceeds the limit of the "
                + upstream.displayName() + " (" + upstream.maxBodyBytes() + " bytes)", null);
    }

    private void relay(RoutingContext rc, HttpClientResponse answer) {
        HttpServerResponse response = rc.response();
        if (response.closed()) {
            return;
        }
        response.setStatusCode(answer.statusCode());
        if (answer.statusMessage() != null) {
            response.setStatusMessage(answer.statusMessage());
        }
        // the service's headers replace any the gateway's filters set (X-Request-Id, CORS): its own are removed
        // first, then every value is added, in one walk over the answer's headers each (no name sets, no lists)
        MultiMap headers = response.headers();
        for (Map.Entry<String, String> header : answer.headers()) {
            headers.remove(header.getKey());
        }
        for (Map.Entry<String, String> header : answer.headers()) {
            if (!RESPONSE_DROPPED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        int status = answer.statusCode();
        boolean bodiless = rc.request().method() == HttpMethod.HEAD || status == 204 || status == 304;
        if (!bodiless && !headers.contains("Content-Length")) {
            response.setChunked(true);
        }
        // on a failure either way the response is not ended (an ended response would look complete to the
        // caller, and the pipe's next chunk would hit it): the service's call stops, the caller's connection closes.
        // The reset waits for the next turn of the event loop: a failed write to the caller is reported from inside
        // Netty's encoder, and writing again from there (a reset writes) releases the encoder's buffer twice
        answer.pipe().endOnFailure(false).to(response).onFailure(failure -> {
            answer.request().reset();
            rc.vertx().runOnContext(next -> {
                if (!response.closed()) {
                    response.reset();
                }
            });
        });
    }

    private void refuse(RoutingContext rc, Throwable cause) {
        if (cause instanceof Refusal refusal) {
            problems.send(rc, refusal);
        } else if (DatabaseErrors.unavailable(cause)) {
            problems.send(rc, Refusal.unavailable("The gateway's database is not reachable; try again shortly", 5));
        } else {
            LOG.error("Authentication failed unexpectedly", cause);
            problems.send(rc, 500, "internal", "Internal error",
                    "Something went wrong on our side; quote the request id when reporting it", null);
        }
    }

    private void copyRequestHeaders(HttpServerRequest request, MultiMap out, Upstream upstream) {
        // cookies go to the sites of pages only, each its own (SiteCookies): web's CSRF cookie to web, the console's
        // session and CSRF cookies to the console; no API gets any
        String site = Routes.SITE.equals(upstream.name()) || Routes.CONSOLE.equals(upstream.name()) ? upstream.name() : null;
        // out is the new request's (empty) headers: every value of the caller's is added, in their order
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!REQUEST_DROPPED.contains(name)) {
                out.add(header.getKey(), header.getValue());
            } else if (site != null && name.equals("cookie")) {
                String kept = SiteCookies.keep(site, header.getValue());
                if (kept != null) {
                    out.add(header.getKey(), kept);
                }
            }
        }
        // headers the caller named as hop-by-hop in Connection go too
        String connection = request.getHeader("Connection");
        if (connection != null) {
            for (String token : connection.split(",")) {
                out.remove(token.trim());
            }
        }
        out.set("X-Forwarded-For", clients.of(request));
        if (hopCredential != null && site == null) {
            // tells the services that this X-Forwarded-For is the gateway's (they hold the credential's SHA-256)
            out.set(ClientAddress.HOP_HEADER, hopCredential);
        }
        out.set("X-Forwarded-Proto", scheme(request));
        String host = host(request);
        if (host != null) {
            out.set("X-Forwarded-Host", host);
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean tooLarge(String length, long maxBodyBytes) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /*
     * The caller's scheme and host are those of the connection and its Host header, unless Quarkus is told that a
     * trusted proxy stands in front of the gateway (quarkus.http.proxy.proxy-address-forwarding): then those the
     * proxy forwarded, as the request reports them. The address is ClientAddress's.
     */

    private String scheme(HttpServerRequest request) {
        if (behindTrustedProxy) {
            return request.scheme() != null ? request.scheme() : "http";
        }
        return request.connection().isSsl() ? "https" : "http";
    }

    /** Null when the request names no host (HTTP/1.0 without a Host header). */
    private String host(HttpServerRequest request) {
        String host = behindTrustedProxy ? null : request.getHeader("Host");
        if (host == null && request.authority() != null) {
            host = request.authority().toString(); // an HTTP/2 :authority, or the host the proxy forwarded
        }
        return host;
    }
}
