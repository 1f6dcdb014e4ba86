package io.gongkai.console.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The person of the current request, once {@link SessionFilter} has opened their cookie. */
@RequestScoped
@Named("signedIn")
public class SignedIn {

    private Session session;

    void set(Session session) {
        this.session = session;
    }

    public boolean present() {
        return session != null;
    }

    public Session session() {
        return session;
    }
}
