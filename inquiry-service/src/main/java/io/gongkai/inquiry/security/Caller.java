package io.gongkai.inquiry.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who is calling, from the verified JWT (roles in its "groups" claim): the anonymous public, or staff
 * (handler, admin, auditor). A request without an Authorization header is anonymous without touching
 * the security layer; a bad token is a 401 when an operation asks who is calling.
 */
@RequestScoped
public class Caller {

    public static final String HANDLER = "handler";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    private final CurrentVertxRequest request;
    private final Instance<SecurityIdentity> identity;

    public Caller(CurrentVertxRequest request, Instance<SecurityIdentity> identity) {
        this.request = request;
        this.identity = identity;
    }

    public boolean anonymous() {
        if (request.getCurrent() == null || request.getCurrent().request().getHeader("Authorization") == null) {
            return true;
        }
        return identity.get().isAnonymous();
    }

    public boolean has(String role) {
        return !anonymous() && identity.get().hasRole(role);
    }

    public boolean admin() {
        return has(ADMIN);
    }

    /** Handlers and admins work on requests and see the applicant's personal data. */
    public boolean worksOnRequests() {
        return has(HANDLER) || has(ADMIN);
    }

    /** Staff who may read requests: auditors too, with personal data masked. */
    public boolean readsRequests() {
        return worksOnRequests() || has(AUDITOR);
    }

    /** The staff account (the token's subject); "anonymous" for the public. */
    public String subject() {
        if (anonymous()) {
            return "anonymous";
        }
        String name = identity.get().getPrincipal().getName();
        return name == null ? "unknown" : name;
    }
}
