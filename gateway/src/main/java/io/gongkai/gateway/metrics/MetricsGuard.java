package io.gongkai.gateway.metrics;

import io.gongkai.gateway.auth.Authenticator;
import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.caller.Refusal;
import io.gongkai.gateway.routing.VertxProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /q/metrics} of the gateway, the one public entry, is for operators: an API key with the {@value #SCOPE}
 * scope (an admin makes one for the monitoring system). Anyone else gets a 401 problem (403 with a key without the
 * scope): the figures tell who calls what, and how hard.
 */
@ApplicationScoped
public class MetricsGuard {

    public static final String SCOPE = "ops:metrics";

    private final Authenticator authenticator;
    private final VertxProblems problems;

    public MetricsGuard(Authenticator authenticator, VertxProblems problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        // after the path guard and CORS, before Quarkus' own handlers (the metrics route among them)
        filters.register(this::check, 240);
    }

    void check(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.equals("/q/metrics") && !path.startsWith("/q/metrics/")) {
            rc.next();
            return;
        }
        rc.request().pause();
        authenticator.authenticate(rc.request()).onComplete(result -> {
            rc.request().resume();
            if (result.failed()) {
                problems.send(rc, result.cause() instanceof Refusal refusal ? refusal
                        : Refusal.unavailable("The gateway cannot check the credentials now", 5));
                return;
            }
            Caller caller = result.result();
            if (caller.kind() == Caller.Kind.ANONYMOUS) {
                problems.send(rc, Refusal.unauthorized("Metrics are for operators: send an API key with the " + SCOPE + " scope"));
            } else if (caller.kind() != Caller.Kind.API_KEY || !caller.groups().contains(SCOPE)) {
                problems.send(rc, Refusal.forbidden("Metrics need an API key with the " + SCOPE + " scope"));
            } else {
                rc.next();
            }
        });
    }
}
