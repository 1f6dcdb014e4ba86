package io.gongkai.inquiry.security;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.security.CallerBase;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling inquiry-service: the anonymous public (submitters, applicants with their access code), or
 * staff: handlers and admins work on requests and petitions and see personal data, auditors read them
 * masked. Services decide with it; resources only pass it on.
 */
@RequestScoped
public class Caller extends CallerBase {

    public static final String HANDLER = "handler";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    Caller() {
        // the container's client proxy
    }

    @Inject
    public Caller(CurrentVertxRequest request, Instance<JsonWebToken> token) {
        super(request, token);
    }

    /** Handlers and admins work on requests and see the applicant's personal data. */
    public boolean worksOnRequests() {
        return hasAnyRole(HANDLER, ADMIN);
    }

    /** Staff who may read requests: auditors too, with personal data masked. */
    public boolean readsRequests() {
        return worksOnRequests() || hasRole(AUDITOR);
    }

    /** @throws UnauthorizedException for the public, 403 for callers who may not read {@code what} */
    public void requireReader(String what) {
        if (anonymous()) {
            throw new UnauthorizedException();
        }
        if (!readsRequests()) {
            throw ProblemException.forbidden(what + " are read by handlers, admins and auditors");
        }
    }

    /** @throws UnauthorizedException for the public, 403 for callers who may not take steps on {@code what} */
    public void requireWorker(String what) {
        if (anonymous()) {
            throw new UnauthorizedException();
        }
        if (!worksOnRequests()) {
            throw ProblemException.forbidden(what + " are handled by handlers and admins");
        }
    }
}
