package io.gongkai.gateway.auth;

import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.caller.Refusal;
import io.gongkai.gateway.token.BearerTokens;
import io.gongkai.gateway.account.AccountStatus;
import io.gongkai.gateway.apikey.ApiKeyCache;
import io.gongkai.gateway.apikey.KeyLookupThrottle;
import io.gongkai.gateway.caller.ClientAddress;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
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

    private final ApiKeyCache keys;
    private final KeyLookupThrottle keyFailures;
    private final ClientAddress clients;
    private final BearerTokens bearers;
    private final AccountStatus accounts;

    private final Vertx vertx;

    public Authenticator(ApiKeyCache keys, KeyLookupThrottle keyFailures, ClientAddress clients, BearerTokens bearers,
                         AccountStatus accounts, Vertx vertx) {
        this.vertx = vertx;
        this.keys = keys;
        this.keyFailures = keyFailures;
        this.clients = clients;
        this.bearers = bearers;
        this.accounts = accounts;
    }

    public Future<Caller> authenticate(HttpServerRequest request) {
        String apiKey = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader("Authorization");
        if (apiKey != null) {
            if (authorization != null) {
                return Future.failedFuture(Refusal.unauthorized("Send either an API key or an Authorization header, not both"));
            }
            return key(request, apiKey.trim());
        }
        if (authorization == null) {
            return Future.succeededFuture(Caller.ANONYMOUS);
        }
        if (startsWithIgnoreCase(authorization, "ApiKey ")) {
            return key(request, authorization.substring(7).trim());
        }
        if (startsWithIgnoreCase(authorization, "Bearer ")) {
            // a login token lives an hour; the account it names and its epoch are checked on every call (kept a few seconds)
            return bearers.resolve(authorization.substring(7).trim()).compose(caller -> caller.kind() != Caller.Kind.STAFF
                    ? Future.succeededFuture(caller)
                    : accounts.mayAct(caller.id(), caller.tokenEpoch()).compose(stands -> stands ? Future.succeededFuture(caller)
                            : Future.failedFuture(Refusal.unauthorized("This token no longer stands: the account was "
                            + "disabled, enabled again or given a new password since; log in again"))));
        }
        return Future.failedFuture(Refusal.unauthorized("Use 'Authorization: Bearer <token>' or 'Authorization: ApiKey <secret>'"));
    }

    /** A key's caller; an address that presented too many bad keys is refused before any lookup (429). */
    private Future<Caller> key(HttpServerRequest request, String secret) {
        String address = clients.of(request);
        long wait = keyFailures.knownWait(address);
        if (wait > 0) {
            return Future.failedFuture(Refusal.rateLimited(wait));
        }
        return keys.resolve(secret).recover(failure -> {
            if (!(failure instanceof Refusal refusal) || refusal.status() != 401) {
                return Future.failedFuture(failure);
            }
            // counted where every instance sees it; a count that cannot be made now leaves the answer a 401
            return vertx.executeBlocking(() -> keyFailures.failed(address), false).otherwise(0L)
                    .compose(left -> Future.failedFuture(left > 0 ? Refusal.rateLimited(left) : failure));
        });
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
