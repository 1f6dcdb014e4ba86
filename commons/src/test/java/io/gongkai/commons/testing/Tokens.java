package io.gongkai.commons.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Set;

/**
 * Test tokens shaped like the ones the gateway forwards: RS256, the gateway's issuer, roles and
 * scopes in "groups", and the audience of the application under test (the first of its
 * mp.jwt.verify.audiences: a service's name, or the gateway's own). Signed with the test key pair under
 * src/test/resources/jwt.
 */
public final class Tokens {

    public static final String ISSUER = "https://gongkai.io/gateway";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String admin() {
        return forSubject("admin-1", Map.of(), "admin");
    }

    public static String editor(String unit) {
        return forSubject("editor-1", Map.of("unit", unit), "editor");
    }

    public static String handler() {
        return forSubject("handler-1", Map.of(), "handler");
    }

    public static String auditor() {
        return forSubject("auditor-1", Map.of(), "auditor");
    }

    /** A source system's key, as the gateway turns it into a token: scopes plus the source it may push as. */
    public static String sourceSystem(String source, String... scopes) {
        // as the gateway forwards a key's calls: subject key:<id>, the key's id in key_id
        return forSubject("key:" + source, Map.of("source", source, "key_id", source), scopes);
    }

    public static String forSubject(String subject, Map<String, String> claims, String... groups) {
        return builder(subject, claims, groups).sign(KEY);
    }

    public static String expired(String... groups) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return builder("late-1", Map.of(), groups).issuedAt(past - 600).expiresAt(past).sign(KEY);
    }

    public static String signedByStranger(String... groups) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder("stranger", Map.of(), groups).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token, but for another audience (another service, or a login token of the gateway). */
    public static String forAudience(String audience, String... groups) {
        return builder("elsewhere", Map.of(), groups).audience(audience).sign(KEY);
    }

    public static String wrongIssuer(String... groups) {
        return builder("elsewhere", Map.of(), groups).issuer("https://evil.example").sign(KEY);
    }

    /** An unsigned token ("alg": "none") claiming to be an admin. */
    public static String unsigned(String... groups) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String payload = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"x\",\"iat\":" + now
                + ",\"exp\":" + (now + 300) + ",\"groups\":[\"" + String.join("\",\"", groups) + "\"]}").getBytes());
        return header + "." + payload + ".";
    }

    private static JwtClaimsBuilder builder(String subject, Map<String, String> claims, String... groups) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(groups))
                .expiresIn(300);
        audienceUnderTest().ifPresent(builder::audience);
        claims.forEach(builder::claim);
        return builder;
    }

    /** The audience the application under test verifies (read when a token is made: the application's config). */
    public static java.util.Optional<String> audienceUnderTest() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("mp.jwt.verify.audiences", String.class)
                .map(list -> list.split(",")[0].trim());
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("jwt/privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("test key jwt/privateKey.pem missing", e);
        }
    }
}
