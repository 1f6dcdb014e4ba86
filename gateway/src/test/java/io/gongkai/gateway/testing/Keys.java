package io.gongkai.gateway.testing;

import static io.restassured.RestAssured.given;

import io.gongkai.commons.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PublicKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** API keys made through the admin API, and checks of the tokens the gateway forwards. */
public final class Keys {

    private static final PublicKey GATEWAY_KEY = load();

    private Keys() {
    }

    /** Creates a key and returns the answer (with its secret). */
    public static JsonPath create(String body) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }

    public static String secret(String scopesJson, String source, Integer perMinute) {
        return create("{\"name\":\"test key\",\"scopes\":" + scopesJson
                + (source != null ? ",\"source\":\"" + source + "\"" : "")
                + (perMinute != null ? ",\"rateLimitPerMinute\":" + perMinute : "") + "}").getString("secret");
    }

    /** Verifies a forwarded "Bearer ..." header with the gateway's public key and returns its claims. */
    public static JsonWebToken verifiedForwardedToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new AssertionError("no bearer token was forwarded: " + authorization);
        }
        try {
            JsonWebToken jwt = new DefaultJWTParser().verify(authorization.substring(7), GATEWAY_KEY);
            if (!Tokens.ISSUER.equals(jwt.getIssuer())) {
                throw new AssertionError("forwarded token of issuer " + jwt.getIssuer());
            }
            return jwt;
        } catch (Exception e) {
            throw new AssertionError("the forwarded token does not verify with the gateway's key", e);
        }
    }

    /** As {@link #verifiedForwardedToken(String)}, and minted for {@code audience} only. */
    public static JsonWebToken verifiedForwardedToken(String authorization, String audience) {
        JsonWebToken jwt = verifiedForwardedToken(authorization);
        if (jwt.getAudience() == null || !jwt.getAudience().equals(java.util.Set.of(audience))) {
            throw new AssertionError("forwarded token for " + jwt.getAudience() + ", not " + audience);
        }
        return jwt;
    }

    private static PublicKey load() {
        try {
            return KeyUtils.readPublicKey("jwt/publicKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
