package io.gongkai.gateway.routing;

import io.gongkai.commons.web.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One line per request: method, path (no query: it may hold search words), route, status, duration
 * and caller (key id, account id, or "-"). Never a header value, a token or a secret.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("io.gongkai.gateway.access");

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
            LOG.infof("%s %s route=%s status=%d ms=%.2f caller=%s%s", rc.request().method(), printable(rc.request().path()),
                    route != null ? route : "gateway", rc.response().getStatusCode(), (System.nanoTime() - started) / 1e6,
                    caller != null ? caller : "-", done.succeeded() ? "" : " (aborted)");
        });
        rc.next();
    }

    private static String printable(String path) {
        if (path == null) {
            return "-";
        }
        String cut = path.length() > 200 ? path.substring(0, 200) + "..." : path;
        return cut.replaceAll("[^\\x21-\\x7e]", "?");
    }
}
