package io.gongkai.gateway.account;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a staff account may still act, asked on every call of a staff token: the answer is kept a few
 * seconds (so the hot path does not query the database per call), and dropped at once on this instance
 * when an admin disables the account. Subjects that are not account ids (no local account) are not checked.
 */
@ApplicationScoped
public class AccountStatus {

    private static final long KEEP_NANOS = 3_000_000_000L;
    private static final int MAX_KEPT = 50_000;

    private record Checked(boolean enabled, long atNanos) {
    }

    private final AccountService accounts;
    private final Vertx vertx;
    private final ConcurrentHashMap<UUID, Checked> checked = new ConcurrentHashMap<>();

    public AccountStatus(AccountService accounts, Vertx vertx) {
        this.accounts = accounts;
        this.vertx = vertx;
    }

    /** True when the subject is no local account id, or names an account that exists and is enabled. */
    public Future<Boolean> mayAct(String subject) {
        UUID id = accountId(subject);
        if (id == null) {
            return Future.succeededFuture(true);
        }
        Checked hit = checked.get(id);
        if (hit != null && System.nanoTime() - hit.atNanos() < KEEP_NANOS) {
            return Future.succeededFuture(hit.enabled());
        }
        return vertx.executeBlocking(() -> remember(id, accounts.isEnabled(id)), false);
    }

    /** The same answer for code that may block (the gateway's own REST operations). */
    public boolean mayActNow(String subject) {
        UUID id = accountId(subject);
        if (id == null) {
            return true;
        }
        Checked hit = checked.get(id);
        if (hit != null && System.nanoTime() - hit.atNanos() < KEEP_NANOS) {
            return hit.enabled();
        }
        return remember(id, accounts.isEnabled(id));
    }

    public void forget(UUID id) {
        checked.remove(id);
    }

    private boolean remember(UUID id, boolean enabled) {
        if (checked.size() > MAX_KEPT) {
            checked.clear();
        }
        checked.put(id, new Checked(enabled, System.nanoTime()));
        return enabled;
    }

    private static UUID accountId(String subject) {
        if (subject == null || subject.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
