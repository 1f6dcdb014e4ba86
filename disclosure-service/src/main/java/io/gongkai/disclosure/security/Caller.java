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

    public Visibility visibility() {
        if (anonymous()) {
            return Visibility.PUBLIC;
        }
        return staff() ? Visibility.STAFF : Visibility.CAMPUS;
    }
}
