package io.gongkai.gateway.token;

import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.caller.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.gateway.GatewayConfig;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Bearer tokens: the gateway's own (staff logins, audience the gateway) are verified with its public key;
 * tokens of the campus identity provider against its JWKS. Either becomes a caller for whom the gateway
 * mints a token per service it calls (the services trust only the gateway's key and their own audience).
 * A signature is verified once: the verdict is cached until the token expires.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final int MAX_CACHED = 50_000;

    private final JWTParser gatewayParser;
    private final JWTParser idpParser;
    private final String gatewayIssuer;
    private final String idpIssuer;
    private final String groupsClaim;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Caller caller, long expiresAtSeconds) {
    }

    public BearerTokens(JWTParser gatewayParser, GatewayConfig config, ObjectMapper json, Vertx vertx) {
        this.gatewayParser = gatewayParser;
        this.gatewayIssuer = config.jwt().issuer();
        this.json = json;
        this.vertx = vertx;
        this.groupsClaim = config.idp().groupsClaim();
        if (config.idp().jwksUrl().isPresent() && config.idp().issuer().isPresent()) {
            JWTAuthContextInfo info = new JWTAuthContextInfo(config.idp().jwksUrl().get(), config.idp().issuer().get());
            info.setGroupsPath(groupsClaim);
            this.idpParser = new DefaultJWTParser(info);
            this.idpIssuer = config.idp().issuer().get();
        } else {
            this.idpParser = null;
            this.idpIssuer = null;
        }
    }

    public Future<Caller> resolve(String token) {
        long now = System.currentTimeMillis() / 1000;
        Verified hit = verified.get(token);
        if (hit != null) {
            if (hit.expiresAtSeconds() > now) {
                return Future.succeededFuture(hit.caller());
            }
            verified.remove(token);
        }
        String issuer = issuerOf(token);
        if (gatewayIssuer.equals(issuer)) {
            // RSA verification is CPU work of well under a millisecond: done here, once per token
            try {
                return Future.succeededFuture(remember(token, gatewayParser.parse(token), true));
            } catch (ParseException e) {
                return Future.failedFuture(Refusal.unauthorized("The bearer token is not valid"));
            }
        }
        if (idpParser != null && idpIssuer.equals(issuer)) {
            // may fetch the JWKS: off the event loop
            return vertx.executeBlocking(() -> {
                try {
                    return remember(token, idpParser.parse(token), false);
                } catch (ParseException e) {
                    LOG.debugf("Identity provider token refused: %s", e.getMessage());
                    throw Refusal.unauthorized("The bearer token is not valid");
                }
            }, false);
        }
        return Future.failedFuture(Refusal.unauthorized("The bearer token is not valid"));
    }

    private Caller remember(String token, JsonWebToken jwt, boolean ours) {
        Set<String> groups = new HashSet<>(jwt.getGroups() != null ? jwt.getGroups() : Set.of());
        Object claim = jwt.getClaim("unit");
        String unit = claim == null ? null : claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString();
        Caller caller = ours
                ? new Caller(Caller.Kind.STAFF, jwt.getSubject(), Set.copyOf(groups), null, unit, 0, jwt.getName(), epochOf(jwt))
                : new Caller(Caller.Kind.SSO, jwt.getSubject(), Set.copyOf(groups), null, unit, 0, jwt.getName());
        if (verified.size() > MAX_CACHED) {
            verified.clear();
        }
        verified.put(token, new Verified(caller, jwt.getExpirationTime()));
        return caller;
    }

    /** The account epoch a staff token was issued in (tokens from before epochs were kept are of epoch 0). */
    public static int epochOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(TokenMinter.EPOCH_CLAIM);
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.intValue();
        }
        if (claim instanceof Number number) {
            return number.intValue();
        }
        return 0;
    }

    /** The unverified "iss" of a token, only to choose the key that verifies it. */
    private String issuerOf(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || token.length() > 16_384) {
            return null;
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.substring(first + 1, second)));
            JsonNode iss = claims.get("iss");
            return iss != null && iss.isTextual() ? iss.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
