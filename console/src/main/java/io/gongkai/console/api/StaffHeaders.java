package io.gongkai.console.api;

import io.gongkai.console.session.SignedIn;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Headers of every API call made for a person, the sign-in included: their token (from the session cookie, never seen
 * by the browser's scripts), their address with the console's hop credential (the gateway believes the address only
 * with it, and then its limits count the person, not the console: one person's failed sign-ins lock out no one
 * else), Chinese for problems, and
 * their request id so that the log lines of the console and the API match.
 */
@ApplicationScoped
public class StaffHeaders implements ClientHeadersFactory {

    @Inject
    HttpServerRequest person;

    @Inject
    SignedIn signedIn;

    /** The console's hop credential (scripts/keys.sh makes it; the gateway keeps its SHA-256). */
    @ConfigProperty(name = "gongkai.console.hop-credential")
    Optional<String> hopCredential;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Accept-Language", "zh-CN");
        if (signedIn.present()) {
            headers.putSingle("Authorization", "Bearer " + signedIn.session().token());
        }
        String address = person.remoteAddress() == null ? null : person.remoteAddress().hostAddress();
        if (address != null) {
            headers.putSingle("X-Forwarded-For", address);
            hopCredential.filter(c -> !c.isBlank()).ifPresent(c -> headers.putSingle("X-Gongkai-Hop", c));
        }
        String requestId = person.getHeader("X-Request-Id");
        if (requestId != null && requestId.matches("[A-Za-z0-9._-]{1,64}")) {
            headers.putSingle("X-Request-Id", requestId);
        }
        return headers;
    }
}
