package io.gongkai.gateway.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.token.TokenMinter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * Whether a staff token still stands for its account, asked on every call of a staff token: the account must be
 * enabled and the token of the account's current epoch (disabling, enabling and every password change end the
 * tokens issued before). The account's standing is kept a few seconds (so the hot path does not query the database
 * per call) in a bounded map, and dropped at once on this instance when an admin changes the account. Subjects that
 * are not account ids (no local account: campus sign-on) are not checked.
 */
@ApplicationScoped
public class AccountStatus {

    private final AccountService accounts;
    private final TokenMinter minter;
    private final Vertx vertx;
    private final Cache<UUID, AccountService.Standing> kept = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofSeconds(3)).build();

    public AccountStatus(AccountService accounts, TokenMinter minter, Vertx vertx) {
        this.accounts = accounts;
        this.minter = minter;
        this.vertx = vertx;
    }

    /** True when the subject is no local account id, or names an enabled account whose tokens are of {@code epoch}. */
    public Future<Boolean> mayAct(String subject, int epoch) {
        UUID id = accountId(subject);
        if (id == null) {
            return Future.succeededFuture(true);
        }
        AccountService.Standing hit = kept.getIfPresent(id);
        if (hit != null) {
            return Future.succeededFuture(hit.admits(epoch));
        }
        return vertx.executeBlocking(() -> remember(id).admits(epoch), false);
    }

    /** The same answer for code that may block (the gateway's own REST operations). */
    public boolean mayActNow(String subject, int epoch) {
        UUID id = accountId(subject);
        if (id == null) {
            return true;
        }
        AccountService.Standing hit = kept.getIfPresent(id);
        return (hit != null ? hit : remember(id)).admits(epoch);
    }

    /** The account changed (its tokens ended): its kept standing and the tokens forwarded for it go, on this instance. */
    public void changed(UUID id) {
        kept.invalidate(id);
        minter.forget(Caller.Kind.STAFF, id.toString());
    }

    private AccountService.Standing remember(UUID id) {
        AccountService.Standing standing = accounts.standing(id);
        kept.put(id, standing);
        return standing;
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
