package io.gongkai.gateway.routing;

import java.util.List;

/**
 * A service behind the gateway: where it is, what it owns, how long it may take, its breaker, and the
 * audience of the tokens minted for it (its quarkus.application.name, which it verifies), and the largest body it
 * takes (its own limit: a body the service would refuse is refused here, so that it never counts against the breaker).
 */
public record Upstream(String name, String host, int port, boolean ssl, List<String> prefixes, long timeoutMillis,
                       int retries, CircuitBreaker breaker, String audience, long maxBodyBytes) {

    /**
     * The bounded name of a path this service owns, for metrics: its prefix when the path is the prefix,
     * else the prefix and "/**" ("/api/v1/items/42" → "/api/v1/items/**"); raw paths would make one series
     * per item id. Null when the path is neither one of the prefixes nor below one.
     */
    public String metricsTemplate(String path) {
        String prefix = prefixOf(path);
        if (prefix == null) {
            return null;
        }
        return path.length() == prefix.length() ? prefix : prefix + "/**";
    }

    private String prefixOf(String path) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix) && (path.length() == prefix.length()
                    || path.charAt(prefix.length()) == '/' || path.charAt(prefix.length()) == ':')) {
                return prefix;
            }
        }
        return null;
    }

    public String displayName() {
        return name.endsWith("-service") ? name : name + " service";
    }
}
