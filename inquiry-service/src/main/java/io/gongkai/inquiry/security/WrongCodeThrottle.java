package io.gongkai.inquiry.security;

import io.gongkai.inquiry.request.RequestSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Wrong access codes (of requests and petitions). A 100-bit code cannot be guessed at any rate a throttle
 * allows: the throttle protects the service, and must never let a stranger lock the applicant out. So a
 * client that has used up its wrong attempts waits (whatever code it sends next), while the limit per
 * tracking number only turns further wrong codes into 429: the right code always opens the request.
 * Unknown numbers count like known ones, so a 429 does not tell them apart. Shared by every instance
 * ({@link LimitStore}).
 */
@ApplicationScoped
public class WrongCodeThrottle {

    private static final String TITLE = "Too many attempts";

    private final Limit perNumber;
    private final Limit perClient;
    private final Duration window;

    public WrongCodeThrottle(LimitStore store, RequestSettings settings) {
        this.window = settings.wrongCodeWindow();
        this.perNumber = store.limit("code-number", settings.wrongCodeLimit(), window);
        this.perClient = store.limit("code-client", settings.wrongCodesPerClient(), window);
    }

    /** Before the code is compared: a 429 when this client has used up its wrong attempts. */
    public void check(String client) {
        Duration wait = client == null ? null : perClient.exhausted(client);
        if (wait != null) {
            throw throttled(wait);
        }
    }

    /** After a wrong code or an unknown number: counts it; a 429 when the number or the client had no attempt left. */
    public void failed(String trackingNo, String client) {
        Duration wait = perNumber.take(trackingNo);
        Duration clientWait = client == null ? null : perClient.take(client);
        if (wait == null) {
            wait = clientWait;
        }
        if (wait != null) {
            throw throttled(wait);
        }
    }

    private Throttled throttled(Duration wait) {
        return new Throttled(TITLE, "Too many wrong access codes; try again in " + window.toMinutes() + " minutes", wait);
    }
}
