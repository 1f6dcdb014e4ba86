package io.gongkai.gateway.caller;

import io.gongkai.commons.web.ClientAddresses;
import io.gongkai.gateway.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request stands for, which every per-client limit counts. It is the connection's
 * address, unless the request comes from a front end that renders pages for visitors (web, later console) and
 * proves it with its hop credential: then the visitor's address that front end put in X-Forwarded-For. Being on
 * loopback proves nothing (any local process is), so an X-Forwarded-For without the credential is ignored.
 */
@ApplicationScoped
public class ClientAddress {

    /** The header a front end sends its hop credential in (and the gateway its own to the services). */
    public static final String HOP_HEADER = "X-Gongkai-Hop";

    private final List<byte[]> trusted;
    private final boolean behindTrustedProxy;

    public ClientAddress(GatewayConfig config,
                         @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                         boolean behindTrustedProxy) {
        this.trusted = config.hop().trustedSha256().orElse(List.of()).stream().map(String::trim)
                .filter(hex -> !hex.isEmpty()).map(hex -> HexFormat.of().parseHex(hex.toLowerCase())).toList();
        this.behindTrustedProxy = behindTrustedProxy;
    }

    /*
     * Without the credential: the connection's address, or, when Quarkus is told that a trusted proxy stands in
     * front of the gateway (quarkus.http.proxy.proxy-address-forwarding), the one that proxy forwarded. Asking the
     * request always runs the router's forwarded-header parser, a few percent of a routed call's CPU.
     */
    public String of(HttpServerRequest request) {
        String hop = request.getHeader(HOP_HEADER);
        if (hop != null && isTrusted(hop)) {
            String visitor = lastAddress(request.getHeader("X-Forwarded-For"));
            if (visitor != null) {
                return visitor;
            }
        }
        SocketAddress address = behindTrustedProxy ? request.remoteAddress() : request.connection().remoteAddress();
        return address != null ? address.hostAddress() : "unknown";
    }

    boolean isTrusted(String credential) {
        if (trusted.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(credential.trim());
        boolean match = false;
        for (byte[] known : trusted) {
            match |= MessageDigest.isEqual(known, digest);
        }
        return match;
    }

    /** The last entry of X-Forwarded-For (the one the trusted front end added), when it reads as an IP address. */
    static String lastAddress(String forwardedFor) {
        return ClientAddresses.lastAddress(forwardedFor);
    }

    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
