package io.gongkai.commons.outbox;

import io.gongkai.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read this producer's feed: consumers present their service credential (a random secret the
 * scripts generate, held only by that consumer) in {@code X-Service-Credential}; the producer keeps only
 * SHA-256 digests of the credentials it accepts. Without any configured, the feed refuses everyone, so a
 * misconfigured network never exposes it.
 */
@ApplicationScoped
public class FeedConsumers {

    /** The OpenAPI security scheme of the feed: the consumer's credential in {@link #HEADER}. */
    public static final String SECURITY_SCHEME = "serviceCredential";
    public static final String HEADER = "X-Service-Credential";

    private final List<byte[]> accepted;

    public FeedConsumers(@ConfigProperty(name = "gongkai.events.consumer-credential-sha256") Optional<List<String>> digests) {
        this.accepted = digests.orElse(List.of()).stream().map(String::strip).filter(d -> d.matches("(?i)[0-9a-f]{64}"))
                .map(d -> HexFormat.of().parseHex(d.toLowerCase(Locale.ROOT))).toList();
    }

    /** @throws ProblemException 401 when the credential is missing or not one this feed accepts */
    public void check(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new ProblemException(401, "unauthorized", "Unauthorized", "This feed needs a service credential (" + HEADER + ")");
        }
        byte[] digest = sha256(credential.strip());
        for (byte[] candidate : accepted) {
            if (MessageDigest.isEqual(candidate, digest)) {
                return;
            }
        }
        throw new ProblemException(401, "unauthorized", "Unauthorized", "The service credential is not accepted by this feed");
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
