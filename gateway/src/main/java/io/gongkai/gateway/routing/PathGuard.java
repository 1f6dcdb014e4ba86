package io.gongkai.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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

    /** Why a raw path is refused, or null when it is plain. One pass, no allocation: it runs on every request. */
    static String trick(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '/') {
            return "not absolute";
        }
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\' || c == ';') {
                return "forbidden character";
            }
            if (c == '/' && i + 1 < n && raw.charAt(i + 1) == '/') {
                return "empty segment";
            }
            if (c == '%' && i + 2 < n && encodedSeparator(raw.charAt(i + 1), raw.charAt(i + 2))) {
                return "encoded separator";
            }
            if (c == '/' && dotSegment(raw, i + 1)) {
                return "dot segment";
            }
        }
        return null;
    }

    /** %2e (dot), %2f (slash), %5c (backslash), %25 (percent: double encoding), %00, %3b (semicolon). */
    private static boolean encodedSeparator(char high, char low) {
        char l = Character.toLowerCase(low);
        return high == '2' && (l == 'e' || l == 'f' || l == '5')
                || high == '5' && l == 'c'
                || high == '0' && l == '0'
                || high == '3' && l == 'b';
    }

    /** Whether the segment starting at {@code from} is "." or "..". */
    private static boolean dotSegment(String raw, int from) {
        int end = raw.indexOf('/', from);
        int length = (end < 0 ? raw.length() : end) - from;
        return length == 1 && raw.charAt(from) == '.'
                || length == 2 && raw.charAt(from) == '.' && raw.charAt(from + 1) == '.';
    }
}
