package io.gongkai.gateway.auth;

import io.gongkai.gateway.GatewayConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the RS256 tokens the gateway forwards to the services. Signing costs about a millisecond, so a
 * caller's token is made once and reused until shortly before it expires. Made at start-up: a key that
 * cannot be read stops the gateway there, not at its first authenticated request.
 */
@Startup
@ApplicationScoped
public class TokenMinter {

    private static final int MAX_CACHED = 20_000;

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

    /**
     * The Authorization header forwarded for a key or SSO caller ("Bearer " and a gateway-signed token), from
     * the cache while the token has over a third of its life left.
     */
    public String forwardedAuthorization(Caller caller) {
        // a key's scopes never change (a new key is made instead); an SSO user's groups may, with their next token
        String cacheKey = caller.kind() == Caller.Kind.API_KEY ? caller.kind() + ":" + caller.id() + ":"
                : caller.kind() + ":" + caller.id() + ":" + caller.groups() + ":" + caller.unit();
        long now = System.currentTimeMillis();
        Minted cached = minted.get(cacheKey);
        if (cached != null && cached.refreshAfterMillis() > now) {
            return cached.authorization();
        }
        long lifetime = config.jwt().forwardedLifetime().toSeconds();
        String subject = caller.kind() == Caller.Kind.API_KEY ? "key:" + caller.id() : caller.id();
        String authorization = "Bearer " + sign(subject, subject, caller.groups(), caller.source(), caller.unit(), lifetime);
        if (minted.size() > MAX_CACHED) {
            minted.clear();
        }
        minted.put(cacheKey, new Minted(authorization, now + lifetime * 1000 * 2 / 3));
        return authorization;
    }

    /** The token a staff member gets at login (not cached: every login is a new token). */
    public String staffToken(UUID accountId, String username, String role, String unit) {
        return sign(accountId.toString(), username, Set.of(role), null, unit, config.jwt().staffLifetime().toSeconds());
    }

    /** Drops the cached tokens of a key (revoked): its next request, if any, is refused before this matters. */
    public void forget(Caller.Kind kind, String id) {
        String prefix = kind + ":" + id + ":";
        minted.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private String sign(String subject, String upn, Set<String> groups, String source, String unit, long lifetimeSeconds) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.jwt().issuer());
        claims.setSubject(subject);
        claims.setClaim("upn", upn);
        claims.setStringListClaim("groups", List.copyOf(groups));
        claims.setClaim("iat", now);
        claims.setClaim("exp", now + lifetimeSeconds);
        claims.setJwtId(UUID.randomUUID().toString());
        if (source != null) {
            claims.setClaim("source", source);
        }
        if (unit != null) {
            claims.setClaim("unit", unit);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
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

    private static String resource(String name) throws java.io.IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (java.io.InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            if (in == null) {
                throw new java.io.FileNotFoundException(name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
