package io.gongkai.gateway.login;

import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.ratelimit.SharedBuckets;
import io.gongkai.gateway.ratelimit.SharedCounter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Slows password guessing without letting a stranger lock anyone out: within {@code login-window}, one client
 * address may try {@code login-failures} times for one username, and {@code login-failures-per-address} times
 * over all usernames. Wrong passwords for {@code admin} from one address slow only that address; the admin signs in
 * from another. An attempt is counted before the password is hashed (concurrent attempts cannot slip past the
 * limit), and given back when it succeeds. The counts are Bucket4j buckets in the gateway's database: every
 * instance shares them, and a restart forgets none.
 */
@ApplicationScoped
public class LoginThrottle {

    private final SharedCounter perAccountAndAddress;
    private final SharedCounter perAddress;

    public LoginThrottle(GatewayConfig config, SharedBuckets buckets) {
        this.perAccountAndAddress = buckets.counter("login", config.accounts().loginFailures(), config.accounts().loginWindow());
        this.perAddress = buckets.counter("login-address", config.accounts().loginFailuresPerAddress(),
                config.accounts().loginWindow());
    }

    /** Counts a login attempt: 0 when it may go on, else the seconds until one may. Blocking (the database). */
    public long attempt(String username, String address) {
        String pair = pairKey(username, address);
        long wait = perAccountAndAddress.attempt(pair);
        if (wait > 0) {
            return wait;
        }
        wait = perAddress.attempt(address);
        if (wait > 0) {
            perAccountAndAddress.refund(pair);
        }
        return wait;
    }

    /** A successful login counts as no failure: its attempts are given back. */
    public void succeeded(String username, String address) {
        perAccountAndAddress.forget(pairKey(username, address));
        perAddress.refund(address);
    }

    private static String pairKey(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "|" + address;
    }
}
