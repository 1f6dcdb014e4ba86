package io.gongkai.gateway.login;

import io.gongkai.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code login-failures} failed logins for one username, or
 * {@code login-failures-per-address} from one client address, within {@code login-window}, further
 * attempts are refused (429) until the window has passed. A success clears the username's count.
 */
@ApplicationScoped
public class LoginThrottle {

    private final int perUser;
    private final int perAddress;
    private final long windowMillis;
    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();

    public LoginThrottle(GatewayConfig config) {
        this.perUser = config.accounts().loginFailures();
        this.perAddress = config.accounts().loginFailuresPerAddress();
        this.windowMillis = config.accounts().loginWindow().toMillis();
    }

    private record Window(long startMillis, int count) {
    }

    /** @return 0 when a login may be tried, else the seconds until it may. */
    public long waitSeconds(String username, String address) {
        return Math.max(wait("u:" + username.toLowerCase(), perUser), wait("a:" + address, perAddress));
    }

    public void failed(String username, String address) {
        bump("u:" + username.toLowerCase());
        bump("a:" + address);
        if (failures.size() > 100_000) {
            long now = System.currentTimeMillis();
            failures.values().removeIf(w -> now - w.startMillis() > windowMillis);
        }
    }

    public void succeeded(String username) {
        failures.remove("u:" + username.toLowerCase());
    }

    private long wait(String key, int limit) {
        Window w = failures.get(key);
        long now = System.currentTimeMillis();
        if (w == null || now - w.startMillis() > windowMillis || w.count() < limit) {
            return 0;
        }
        return Math.max(1, (w.startMillis() + windowMillis - now + 999) / 1000);
    }

    private void bump(String key) {
        long now = System.currentTimeMillis();
        failures.compute(key, (k, w) -> w == null || now - w.startMillis() > windowMillis
                ? new Window(now, 1) : new Window(w.startMillis(), w.count() + 1));
    }
}
