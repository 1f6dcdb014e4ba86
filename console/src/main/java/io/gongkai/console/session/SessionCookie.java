package io.gongkai.console.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie: the {@link Session} as JSON, encrypted and authenticated with AES-256-GCM (the JDK's own
 * cipher: a random 96-bit nonce per cookie, the cookie's name as associated data), so that the browser holds it but can
 * neither read the token nor change a byte of it. The key comes from configuration, so every console instance
 * accepts every other's cookie. HttpOnly, {@code Path=/console}, {@code SameSite=Strict}, {@code Secure} behind HTTPS.
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "console-session";
    private static final byte[] ASSOCIATED = NAME.getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final boolean alwaysSecure;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    public SessionCookie(@ConfigProperty(name = "gongkai.console.session-key") String key,
                         @ConfigProperty(name = "gongkai.console.secure-cookies") boolean alwaysSecure) {
        byte[] bytes = Base64.getDecoder().decode(key.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("gongkai.console.session-key must be 32 bytes in base64 (scripts/keys.sh makes one)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.alwaysSecure = alwaysSecure;
    }

    /** The cookie's value for a session. */
    public String seal(Session session) {
        ObjectNode node = json.createObjectNode().put("t", session.token()).put("u", session.username())
                .put("r", session.role()).put("e", session.expiresAt());
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED);
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(node));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("the session could not be sealed", e);
        }
    }

    /** The session in a cookie's value; empty when it is not one this key sealed (changed, foreign, malformed). */
    public Optional<Session> open(String value) {
        if (value == null || value.isEmpty() || value.length() > 8000) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(value);
            if (all.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED);
            JsonNode node = json.readTree(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES));
            return Optional.of(new Session(node.path("t").asText(), node.path("u").asText(), node.path("r").asText(),
                    node.path("e").asLong()));
        } catch (IllegalArgumentException | GeneralSecurityException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The Set-Cookie header that keeps a session for the browser's session (no Max-Age: closing the browser ends it). */
    public String header(Session session, HttpServerRequest request) {
        return NAME + "=" + seal(session) + attributes(request);
    }

    /** The Set-Cookie header that ends the session. */
    public String cleared(HttpServerRequest request) {
        return NAME + "=; Max-Age=0" + attributes(request);
    }

    private String attributes(HttpServerRequest request) {
        boolean secure = alwaysSecure || "https".equalsIgnoreCase(request.scheme());
        return "; Path=/console; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
