package io.gongkai.gateway.auth;

import io.gongkai.gateway.key.KeyRing;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the credentials of a routed request into a {@link Caller}: an API key ({@code Authorization:
 * ApiKey <secret>} or {@code X-Api-Key: <secret>}), a bearer JWT (the gateway's own or the campus
 * identity provider's), or nothing (the public). Credentials that are present but wrong are a 401,
 * never a silent downgrade to anonymous.
 */
@ApplicationScoped
public class Authenticator {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private final KeyRing keys;
    private final BearerTokens bearers;

    public Authenticator(KeyRing keys, BearerTokens bearers) {
        this.keys = keys;
        this.bearers = bearers;
    }

    public Future<Caller> authenticate(HttpServerRequest request) {
        String apiKey = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader("Authorization");
        if (apiKey != null) {
            if (authorization != null) {
                return Future.failedFuture(Refusal.unauthorized("Send either an API key or an Authorization header, not both"));
            }
            return keys.resolve(apiKey.trim());
        }
        if (authorization == null) {
            return Future.succeededFuture(Caller.ANONYMOUS);
        }
        if (startsWithIgnoreCase(authorization, "ApiKey ")) {
            return keys.resolve(authorization.substring(7).trim());
        }
        if (startsWithIgnoreCase(authorization, "Bearer ")) {
            return bearers.resolve(authorization.substring(7).trim());
        }
        return Future.failedFuture(Refusal.unauthorized("Use 'Authorization: Bearer <token>' or 'Authorization: ApiKey <secret>'"));
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
