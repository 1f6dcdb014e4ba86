package io.gongkai.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Refuses path tricks before any routing: dot segments, encoded dots, slashes and backslashes, double
 * encoding, empty segments, matrix parameters and control characters are a 400; anything under
 * /internal is a 404. A path that passes is the same whether read raw or normalised, so what the
 * gateway routes on is exactly what the service receives.
 */
@ApplicationScoped
public class PathGuard {

    private final VertxProblems problems;

    public PathGuard(VertxProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        // after RequestIds (1000), so that the refusal carries the request id
        filters.register(this::check, 900);
    }

    void check(RoutingContext rc) {
        String uri = rc.request().uri();
        int query = uri.indexOf('?');
        String raw = query < 0 ? uri : uri.substring(0, query);
        String reason = trick(raw);
        if (reason != null) {
            problems.send(rc, 400, "bad-path", "Bad request", "The path is not allowed (" + reason + ")", null);
            return;
        }
        String path = rc.normalizedPath();
        if (path.equals("/internal") || path.startsWith("/internal/")) {
            problems.send(rc, 404, "not-found", "Not Found", "Nothing is at " + path, null);
            return;
        }
        rc.next();
    }

    /** Why a raw path is refused, or null when it is plain. */
    static String trick(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '/') {
            return "not absolute";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\' || c == ';') {
                return "forbidden character";
            }
        }
        if (raw.contains("//")) {
            return "empty segment";
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%25")
                || lower.contains("%00") || lower.contains("%3b")) {
            return "encoded separator";
        }
        for (String segment : raw.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return "dot segment";
            }
        }
        return null;
    }
}
