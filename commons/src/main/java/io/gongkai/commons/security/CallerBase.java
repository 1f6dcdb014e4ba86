package io.gongkai.commons.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified token the gateway forwarded (docs/architecture.md): the subject,
 * staff roles and key scopes (both in "groups"), an editor's unit and a key's own source. A request without an Authorization header is anonymous without touching the security layer
 * (the cheap path of public reads); a header with a bad token fails authentication (401) when first asked.
 * Each service's {@code security/Caller} extends this with its own rules and is {@code @RequestScoped}.
 */
public abstract class CallerBase {

    /** Staff roles; every other group of a token is a scope (items:write, metrics:write, read...). */
    public static final Set<String> STAFF_ROLES = Set.of("admin", "editor", "handler", "auditor");

    private final CurrentVertxRequest request;
    private final Instance<JsonWebToken> token;
    private JsonWebToken jwt;
    private Boolean anonymous;

    /** For the container's client proxy only. */
    protected CallerBase() {
        this(null, null);
    }

    protected CallerBase(CurrentVertxRequest request, Instance<JsonWebToken> token) {
        this.request = request;
        this.token = token;
    }

    public boolean anonymous() {
        if (anonymous == null) {
            if (request.getCurrent() == null || request.getCurrent().request().getHeader("Authorization") == null) {
                anonymous = true;
            } else {
                JsonWebToken verified = token.get();
                anonymous = verified == null || verified.getRawToken() == null;
                jwt = anonymous ? null : verified;
            }
        }
        return anonymous;
    }

    /** The token's subject; "anonymous" for the public. */
    public String subject() {
        if (anonymous()) {
            return "anonymous";
        }
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
        return subject == null ? "unknown" : subject;
    }

    /**
     * Called with an API key (a vendor, a source system), not by a person: the gateway's tokens for a key carry
     * {@code key_id} and the subject {@code key:<id>}; a person's token (staff, campus sign-on) has neither.
     */
    public boolean apiKey() {
        return !anonymous() && (stringClaim(KEY_ID_CLAIM).isPresent() || subject().startsWith(KEY_SUBJECT_PREFIX));
    }

    public static final String KEY_ID_CLAIM = "key_id";
    public static final String KEY_SUBJECT_PREFIX = "key:";

    public boolean hasRole(String role) {
        return !anonymous() && STAFF_ROLES.contains(role) && jwt.getGroups().contains(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean admin() {
        return hasRole("admin");
    }

    public Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        if (!anonymous()) {
            jwt.getGroups().stream().filter(STAFF_ROLES::contains).forEach(roles::add);
        }
        return roles;
    }

    public Set<String> scopes() {
        Set<String> scopes = new TreeSet<>();
        if (!anonymous()) {
            jwt.getGroups().stream().filter(g -> !STAFF_ROLES.contains(g)).forEach(scopes::add);
        }
        return scopes;
    }

    public boolean hasScope(String scope) {
        return !anonymous() && !STAFF_ROLES.contains(scope) && jwt.getGroups().contains(scope);
    }

    /** The unit an editor works for (claim "unit"). */
    public Optional<String> unit() {
        return stringClaim("unit");
    }

    /** The source system a key belongs to (claim "source"): the one source it may write as. */
    public Optional<String> source() {
        return stringClaim("source");
    }

    /** A key writes as its own source only; an admin as any (whether the source exists is the service's question). */
    public boolean mayActAsSource(String source) {
        return admin() || source().filter(source::equals).isPresent();
    }

    /** A string claim of the verified token, empty when absent or not a string. */
    protected Optional<String> stringClaim(String name) {
        if (anonymous()) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
