package io.gongkai.commons.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
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
 * The address of the client a service's per-client limits count. The gateway tells it in X-Forwarded-For together
 * with its hop credential ({@value #HOP_HEADER}; the service keeps only the credential's SHA-256, in
 * {@code gongkai.hop.gateway-sha256}); without that credential the header is anybody's say-so (every local process
 * is on loopback, which Quarkus' trusted-proxies setting trusts) and the connection's own address counts.
 */
@ApplicationScoped
public class ClientAddresses {

    public static final String HOP_HEADER = "X-Gongkai-Hop";

    private final List<byte[]> trusted;

    public ClientAddresses(@ConfigProperty(name = "gongkai.hop.gateway-sha256") Optional<List<String>> digests) {
        this.trusted = digests.orElse(List.of()).stream().map(String::strip).filter(d -> d.matches("(?i)[0-9a-f]{64}"))
                .map(d -> HexFormat.of().parseHex(d.toLowerCase(Locale.ROOT))).toList();
    }

    /** The client's address: the one the gateway forwarded, or the connection's; null when neither is known. */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress() : null;
        return decide(request.getHeader(HOP_HEADER), request.getHeader("X-Forwarded-For"),
                peer != null ? peer.hostAddress() : null);
    }

    String decide(String hop, String forwardedFor, String peer) {
        if (hop != null && isTrusted(hop)) {
            String forwarded = lastAddress(forwardedFor);
            if (forwarded != null) {
                return forwarded;
            }
        }
        return peer;
    }

    private boolean isTrusted(String credential) {
        byte[] digest = sha256(credential.strip());
        boolean match = false;
        for (byte[] known : trusted) {
            match |= MessageDigest.isEqual(known, digest);
        }
        return match;
    }

    /** The last entry of X-Forwarded-For (the one the gateway set), when it reads as an IP address. */
    public static String lastAddress(String forwardedFor) {
        if (forwardedFor == null) {
            return null;
        }
        String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
        if (last.isEmpty() || last.length() > 45 || !last.matches("[0-9A-Fa-f.:]+")) {
            return null;
        }
        return last;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
