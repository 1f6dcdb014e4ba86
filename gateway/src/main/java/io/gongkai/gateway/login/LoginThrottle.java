package io.gongkai.gateway.login;

import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.ratelimit.FailureCounter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Slows password guessing without letting a stranger lock anyone out: within {@code login-window}, one client
 * address may try {@code login-failures} times for one username, and {@code login-failures-per-address} times
 * over all usernames. Wrong passwords for {@code admin} from one address slow only that address; the admin signs in
 * from another. An attempt is counted before the password is hashed (concurrent attempts cannot slip past the
 * limit), and given back when it succeeds.
 */
@ApplicationScoped
public class LoginThrottle {

    private final int perAccountAndAddress;
    private final int perAddress;
    private final FailureCounter attempts;

    public LoginThrottle(GatewayConfig config) {
        this.perAccountAndAddress = config.accounts().loginFailures();
        this.perAddress = config.accounts().loginFailuresPerAddress();
        this.attempts = new FailureCounter(config.accounts().loginWindow(), 100_000);
    }

    /** Counts a login attempt: 0 when it may go on, else the seconds until one may. */
    public long attempt(String username, String address) {
        String pair = pairKey(username, address);
        long wait = attempts.attempt(pair, perAccountAndAddress);
        if (wait > 0) {
            return wait;
        }
        wait = attempts.attempt("a:" + address, perAddress);
        if (wait > 0) {
            attempts.refund(pair);
        }
        return wait;
    }

    /** A successful login counts as no failure: its attempts are given back. */
    public void succeeded(String username, String address) {
        attempts.forget(pairKey(username, address));
        attempts.refund("a:" + address);
    }

    private static String pairKey(String username, String address) {
        return "u:" + username.toLowerCase(Locale.ROOT) + "|" + address;
    }
}
