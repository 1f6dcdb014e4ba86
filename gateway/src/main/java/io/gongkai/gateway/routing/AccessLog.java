package io.gongkai.gateway.routing;

import io.gongkai.commons.web.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One line per request: method, path (no query: it may hold search words), route, status, duration
 * and caller (key id, account id, or "-"). Never a header value, a token or a secret.
 * The same place times every request for /q/metrics ({@code gongkai_gateway_requests_seconds} by route,
 * uri, method and status): Micrometer's HTTP server binder is off in the gateway, as it took about 4 %
 * of the gateway's CPU per routed call and named calls by raw path.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("io.gongkai.gateway.access");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Series, Timer> timers = new ConcurrentHashMap<>();

    public AccessLog(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One series of the request timer; every part has a bounded set of values. */
    private record Series(String route, String uri, String method, int status) {
    }

    void register(@Observes Filters filters) {
        filters.register(this::start, 2000);
    }

    void start(RoutingContext rc) {
        long started = System.nanoTime();
        rc.addEndHandler(done -> {
            if (!LOG.isInfoEnabled()) {
                return;
            }
            String route = rc.get(ProxyHandler.ROUTE_KEY);
            String caller = rc.get(ProxyHandler.CALLER_KEY);
            MDC.put(RequestIds.MDC_KEY, String.valueOf(RequestIds.of(rc.request())));
            // built by hand: java.util.Formatter and a regex per request stood out in the gateway's profile
            long nanos = System.nanoTime() - started;
            String method = rc.request().method().name();
            int status = rc.response().getStatusCode();
            time(route, rc.get(ProxyHandler.URI_KEY), method, status, nanos);
            long micros = nanos / 1000;
            StringBuilder line = new StringBuilder(160).append(method).append(' ');
            appendPrintable(line, rc.request().path());
            line.append(" route=").append(route != null ? route : "gateway")
                    .append(" status=").append(status)
                    .append(" ms=").append(micros / 1000).append('.');
            long hundredths = micros % 1000 / 10;
            line.append(hundredths < 10 ? "0" : "").append(hundredths)
                    .append(" caller=").append(caller != null ? caller : "-");
            if (!done.succeeded()) {
                line.append(" (aborted)");
            }
            LOG.info(line);
        });
        rc.next();
    }

    private void time(String route, String uri, String method, int status, long nanos) {
        Series series = new Series(route != null ? route : "gateway", uri != null ? uri : "gateway",
                METHODS.contains(method) ? method : "OTHER", status);
        Timer timer = timers.get(series);
        if (timer == null) {
            timer = timers.computeIfAbsent(series, s -> Timer.builder("gongkai.gateway.requests")
                    .description("Requests answered by the gateway: routed calls by service and path prefix, "
                            + "the gateway's own as route and uri \"gateway\"")
                    .tags("route", s.route(), "uri", s.uri(), "method", s.method(), "status", Integer.toString(s.status()))
                    .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The path, cut at 200 characters, with anything but printable ASCII as '?' (no log injection). */
    static void appendPrintable(StringBuilder line, String path) {
        if (path == null) {
            line.append('-');
            return;
        }
        int end = Math.min(path.length(), 200);
        for (int i = 0; i < end; i++) {
            char c = path.charAt(i);
            line.append(c >= 0x21 && c <= 0x7e ? c : '?');
        }
        if (path.length() > 200) {
            line.append("...");
        }
    }
}
