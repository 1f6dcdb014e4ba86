package io.gongkai.commons.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an X-Request-Id (the caller's, when it is sane, or a new one), echoes it on the
 * response and puts it in the logging context so that every log line of the request carries it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            assign(rc.request(), rc.response());
            rc.next();
        }, 1000);
    }

    /** Keeps the caller's id when it is sane, else makes one; echoes it and puts it in the logging context. */
    static String assign(HttpServerRequest request, HttpServerResponse response) {
        String id = request.getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = newId();
            request.headers().set(HEADER, id);
        }
        response.putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        return id;
    }

    /**
     * A random version-4 UUID from the thread's own generator: UUID.randomUUID() draws from the shared
     * SecureRandom, which cost several percent of a small read under load. A request id correlates
     * log lines; it guards nothing, so it needs no cryptographic randomness.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of a request that went through the filter. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
