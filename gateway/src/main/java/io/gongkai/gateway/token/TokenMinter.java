package io.gongkai.gateway.token;

import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.caller.Caller;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the RS256 tokens of the gateway (smallrye-jwt-build). A staff login token has the gateway's own
 * audience and is never forwarded; each routed call carries a token minted for the service it goes to
 * ({@code aud} = that service's name, minutes of life), so that a token given to one service opens no
 * other and a login token opens none. Signing costs about a millisecond: a forwarded token is made once
 * per caller and service and reused until a third of its life is left. Made at start-up: a key that
 * cannot be read stops the gateway there, not at its first authenticated request.
 */
@Startup
@ApplicationScoped
public class TokenMinter {

    private static final int MAX_CACHED = 20_000;
    /** The account epoch of a staff login token (AccountStatus refuses tokens of an earlier one). */
    public static final String EPOCH_CLAIM = "epoch";
    /** When the session of a staff token began (its sign-in, in epoch seconds): refreshes carry it on unchanged. */
    public static final String SESSION_START_CLAIM = "session_start";

    private final GatewayConfig config;
    private final PrivateKey key;
    private final ConcurrentHashMap<String, Minted> minted = new ConcurrentHashMap<>();

    public TokenMinter(GatewayConfig config) {
        this.config = config;
        this.key = load(config.jwt().privateKey());
    }

    /** A signed token as the Authorization header that carries it (made once: the token is some 650 characters). */
    record Minted(String authorization, long refreshAfterMillis) {
    }

    /** The Authorization header forwarded to {@code audience} for a caller that is not anonymous. */
    public String forwardedAuthorization(Caller caller, String audience) {
        // a key's scopes never change (a new key is made instead); a person's groups and unit may, with their next token
        String cacheKey = caller.kind() == Caller.Kind.API_KEY ? caller.kind() + ":" + caller.id() + ":" + audience
                : caller.kind() + ":" + caller.id() + ":" + audience + ":" + caller.groups() + ":" + caller.unit();
        long now = System.currentTimeMillis();
        Minted cached = minted.get(cacheKey);
        if (cached != null && cached.refreshAfterMillis() > now) {
            return cached.authorization();
        }
        long lifetime = config.jwt().forwardedLifetime().toSeconds();
        String subject = caller.kind() == Caller.Kind.API_KEY ? "key:" + caller.id() : caller.id();
        JwtClaimsBuilder claims = claims(subject, caller.upn() != null ? caller.upn() : subject, caller.groups(),
                caller.unit(), audience, lifetime);
        if (caller.source() != null) {
            claims.claim("source", caller.source());
        }
        if (caller.kind() == Caller.Kind.API_KEY) {
            // what tells a key from a person: a campus sign-on subject may look like anything, this claim is only ever ours
            claims.claim("key_id", caller.id());
        }
        String authorization = "Bearer " + claims.jws().sign(key);
        if (minted.size() > MAX_CACHED) {
            minted.clear();
        }
        minted.put(cacheKey, new Minted(authorization, now + lifetime * 1000 * 2 / 3));
        return authorization;
    }

    /** The token a staff member gets at login, for the gateway only (not cached: every login is a new token). */
    public String staffToken(UUID accountId, String username, String role, String unit, int tokenEpoch) {
        return staffToken(accountId, username, role, unit, tokenEpoch, System.currentTimeMillis() / 1000);
    }

    /** A staff token of a session begun at {@code sessionStart}: it never outlives the session's maximum. */
    public String staffToken(UUID accountId, String username, String role, String unit, int tokenEpoch, long sessionStart) {
        long now = System.currentTimeMillis() / 1000;
        long lifetime = Math.min(config.jwt().staffLifetime().toSeconds(),
                sessionStart + config.jwt().sessionMax().toSeconds() - now);
        return claims(accountId.toString(), username, Set.of(role), unit, config.jwt().gatewayAudience(), Math.max(lifetime, 1))
                .claim(EPOCH_CLAIM, tokenEpoch).claim(SESSION_START_CLAIM, sessionStart).jws().sign(key);
    }

    /** Drops the cached tokens of a caller (a revoked key, an account disabled, enabled or given a new password). */
    public void forget(Caller.Kind kind, String id) {
        String prefix = kind + ":" + id + ":";
        minted.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private JwtClaimsBuilder claims(String subject, String upn, Set<String> groups, String unit, String audience,
                                    long lifetimeSeconds) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder claims = Jwt.issuer(config.jwt().issuer()).subject(subject).upn(upn).groups(groups)
                .audience(audience).issuedAt(now).expiresAt(now + lifetimeSeconds).claim("jti", UUID.randomUUID().toString());
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims;
    }

    /** A PKCS#8 PEM from "file:/path", "classpath:name", a plain file path, or a classpath resource name. */
    static PrivateKey load(String location) {
        try {
            String pem;
            if (location.startsWith("file:")) {
                pem = Files.readString(Path.of(location.substring("file:".length())));
            } else if (location.startsWith("classpath:")) {
                pem = resource(location.substring("classpath:".length()));
            } else if (Files.isRegularFile(Path.of(location))) {
                pem = Files.readString(Path.of(location));
            } else {
                pem = resource(location);
            }
            return KeyUtils.decodePrivateKey(pem);
        } catch (Exception e) {
            throw new IllegalStateException("The gateway's signing key cannot be read from " + location
                    + " (set GONGKAI_JWT_PRIVATE_KEY to a PKCS#8 PEM file; ./run.sh generates one)", e);
        }
    }

    private static String resource(String name) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            if (in == null) {
                throw new FileNotFoundException(name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
