package io.gongkai.commons.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token's signature is verified once, not at every request: the gateway forwards the same
 * token for a caller for minutes, and an RS256 verification is a large part of a small read's cost
 * (bench/results/). The verdict on a token (the exact string, so the same signed bytes) is kept until
 * the token's expiry; after that the full check decides again. Only successes are kept: a bad token is
 * checked, and refused, every time.
 * The other methods of the parser are not decorated (an abstract decorator leaves them to the delegate).
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    static final int MAX_KEPT = 10_000;

    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    @Any
    JWTParser delegate;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > System.currentTimeMillis() / 1000) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken jwt = delegate.parse(token);
        if (jwt.getExpirationTime() > System.currentTimeMillis() / 1000) {
            if (verified.size() >= MAX_KEPT) {
                verified.clear(); // a flood of distinct tokens costs a re-verification each, never memory
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
