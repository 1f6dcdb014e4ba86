package io.gongkai.disclosure.push;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code items%3Abatch} is {@code items:batch}: many clients (RestAssured, generated ones) percent-encode the colon of
 * a path segment, and the REST layer matches the literal on the path as sent.
 */
public class EncodedColon {

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public void decodeColons(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawPath();
        if (raw.startsWith("/api/v1/sources/") && (raw.contains("%3A") || raw.contains("%3a"))) {
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(raw.replace("%3A", ":").replace("%3a", ":")).build());
        }
    }
}
