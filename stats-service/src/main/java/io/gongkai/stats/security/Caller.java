package io.gongkai.stats.security;

import io.gongkai.commons.security.CallerBase;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling stats-service: the public, a source system pushing its counts, an admin. */
@RequestScoped
public class Caller extends CallerBase {

    Caller() {
        // the container's client proxy
    }

    @Inject
    public Caller(CurrentVertxRequest request, Instance<JsonWebToken> token) {
        super(request, token);
    }
}
