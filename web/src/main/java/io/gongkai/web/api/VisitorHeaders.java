package io.gongkai.web.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Headers of every API call made for a visitor: their address with web's hop credential (the gateway believes the
 * address only with it, and then rate-limits the visitor, not web), Chinese for problems, and the visitor's request id
 * so that both log lines match.
 */
@ApplicationScoped
public class VisitorHeaders implements ClientHeadersFactory {

    @Inject
    HttpServerRequest visitor;

    /** web's hop credential (scripts/keys.sh makes it; the gateway keeps its SHA-256). */
    @ConfigProperty(name = "gongkai.web.hop-credential")
    Optional<String> hopCredential;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Accept-Language", "zh-CN");
        String address = visitor.remoteAddress() == null ? null : visitor.remoteAddress().hostAddress();
        if (address != null) {
            headers.putSingle("X-Forwarded-For", address);
            hopCredential.filter(c -> !c.isBlank()).ifPresent(c -> headers.putSingle("X-Gongkai-Hop", c));
        }
        String requestId = visitor.getHeader("X-Request-Id");
        if (requestId != null && requestId.matches("[A-Za-z0-9._-]{1,64}")) {
            headers.putSingle("X-Request-Id", requestId);
        }
        return headers;
    }
}
