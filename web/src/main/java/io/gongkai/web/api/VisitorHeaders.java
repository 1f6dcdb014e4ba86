package io.gongkai.web.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Headers of every API call made for a visitor: their address (the gateway trusts web as a proxy and rate-limits
 * the visitor, not web), Chinese for problems, and the visitor's request id so that both log lines match.
 */
@ApplicationScoped
public class VisitorHeaders implements ClientHeadersFactory {

    @Inject
    HttpServerRequest visitor;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Accept-Language", "zh-CN");
        String address = visitor.remoteAddress() == null ? null : visitor.remoteAddress().hostAddress();
        if (address != null) {
            headers.putSingle("X-Forwarded-For", address);
        }
        String requestId = visitor.getHeader("X-Request-Id");
        if (requestId != null && requestId.matches("[A-Za-z0-9._-]{1,64}")) {
            headers.putSingle("X-Request-Id", requestId);
        }
        return headers;
    }
}
