package io.gongkai.disclosure.security;

import io.gongkai.commons.security.CallerBase;
import io.gongkai.disclosure.item.Visibility;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling disclosure-service: the public, campus users and keys, staff (admin, editor of a
 * unit, auditor) or a source system. Services decide with it; resources only pass it on.
 */
@RequestScoped
public class Caller extends CallerBase {

    Caller() {
        // the container's client proxy
    }

    @Inject
    public Caller(CurrentVertxRequest request, Instance<JsonWebToken> token) {
        super(request, token);
    }

    /** Staff see every item, drafts and withdrawn ones included. */
    public boolean staff() {
        return hasAnyRole("admin", "editor", "auditor");
    }

    /** The unit an editor may write for; empty for admins and everyone else. */
    public Optional<String> editorUnit() {
        return hasRole("editor") && !admin() ? unit() : Optional.empty();
    }

    /** The scope that lets an API key see CAMPUS items; without it a key sees what the public sees. */
    public static final String READ_CAMPUS = "items:read-campus";

    /**
     * The public and API keys see PUBLISHED + PUBLIC items, a key with scope items:read-campus and campus sign-on
     * users also CAMPUS ones, staff everything: an outside party sees campus items only when its key says so.
     */
    public Visibility visibility() {
        if (anonymous()) {
            return Visibility.PUBLIC;
        }
        if (staff()) {
            return Visibility.STAFF;
        }
        if (apiKey()) {
            return hasScope(READ_CAMPUS) ? Visibility.CAMPUS : Visibility.PUBLIC;
        }
        return Visibility.CAMPUS;
    }
}
