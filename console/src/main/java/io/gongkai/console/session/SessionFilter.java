package io.gongkai.console.session;

import io.gongkai.console.page.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Opens the session cookie before a page runs. A page without a valid session sends the person to the sign-in page:
 * with a word about why when the session was there but its token's hour is over (the gateway has no refresh yet).
 */
public class SessionFilter {

    private final SessionCookie cookies;
    private final SignedIn signedIn;

    public SessionFilter(SessionCookie cookies, SignedIn signedIn) {
        this.cookies = cookies;
        this.signedIn = signedIn;
    }

    @ServerRequestFilter
    public Optional<Response> requireSession(SimpleResourceInfo resource, HttpServerRequest request) {
        Cookie cookie = request.getCookie(SessionCookie.NAME);
        Optional<Session> session = cookie == null ? Optional.empty() : cookies.open(cookie.getValue());
        boolean expired = session.isPresent() && session.get().expired(Instant.now());
        if (session.isPresent() && !expired) {
            signedIn.set(session.get());
            return Optional.empty();
        }
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(PublicPage.class)) {
            return Optional.empty();
        }
        Response.ResponseBuilder toSignIn = Redirect.to("/login" + (expired ? "?why=expired" : ""));
        if (cookie != null) {
            toSignIn.header("Set-Cookie", cookies.cleared(request));
        }
        return Optional.of(toSignIn.build());
    }
}
