package io.gongkai.disclosure.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as far as this service cares: anonymous public, staff (admin, editor of a unit,
 * auditor) or a source system. A request without an Authorization header is anonymous without
 * touching the security layer (the cheap path of public reads).
 */
@RequestScoped
public class Caller {

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

    public boolean admin() {
        return !anonymous() && identity.get().hasRole("admin");
    }

    /** Staff see every item, drafts and withdrawn ones included. */
    public boolean staff() {
        if (anonymous()) {
            return false;
        }
        SecurityIdentity id = identity.get();
        return id.hasRole("admin") || id.hasRole("editor") || id.hasRole("auditor");
    }

    public String subject() {
        if (anonymous()) {
            return "anonymous";
        }
        String name = identity.get().getPrincipal().getName();
        return name == null ? "unknown" : name;
    }

    public Optional<String> claim(String name) {
        if (anonymous() || !(identity.get().getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    /** The unit an editor may write for; empty for admins and everyone else. */
    public Optional<String> editorUnit() {
        if (anonymous() || admin() || !identity.get().hasRole("editor")) {
            return Optional.empty();
        }
        return claim("unit");
    }

    public Visibility visibility() {
        if (staff()) {
            return Visibility.STAFF;
        }
        return anonymous() ? Visibility.PUBLIC : Visibility.CAMPUS;
    }

    /** What a caller may read: PUBLIC = published + public audience, CAMPUS = published, STAFF = all. */
    public enum Visibility {
        PUBLIC, CAMPUS, STAFF;

        public boolean sees(String status, String audience) {
            return switch (this) {
                case STAFF -> true;
                case CAMPUS -> "PUBLISHED".equals(status);
                case PUBLIC -> "PUBLISHED".equals(status) && "PUBLIC".equals(audience);
            };
        }
    }
}
