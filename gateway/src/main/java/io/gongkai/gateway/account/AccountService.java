package io.gongkai.gateway.account;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Local staff accounts: bcrypt hashes, and the check behind a login. */
@ApplicationScoped
public class AccountService {

    private final int cost;
    /** Checked when the username is unknown, so that a login takes as long either way. */
    private final String dummyHash;

    private final LoginCandidates candidates;

    public AccountService(GatewayConfig config, LoginCandidates candidates) {
        this.candidates = candidates;
        this.cost = config.accounts().bcryptCost();
        this.dummyHash = BCrypt.hashpw("not-a-password-anyone-has", BCrypt.gensalt(cost));
    }

    @Transactional
    public AccountView create(AccountRequest request) {
        if ("editor".equals(request.role()) && (request.unit() == null || request.unit().isBlank())) {
            throw ProblemException.invalid("unit", "an editor needs the unit they edit for");
        }
        if (StaffAccount.count("lower(username) = ?1", request.username().toLowerCase()) > 0) {
            throw ProblemException.conflict("The username " + request.username() + " is taken");
        }
        StaffAccount account = new StaffAccount();
        account.id = UUID.randomUUID();
        account.username = request.username();
        account.passwordHash = hash(request.password());
        account.role = request.role();
        account.unit = request.unit() == null || request.unit().isBlank() ? null : request.unit().trim();
        account.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        account.persist();
        return AccountView.of(account);
    }

    /** What a staff token is checked against on every call: whether the account may act, and its token epoch. */
    public record Standing(boolean enabled, int tokenEpoch) {
        public static final Standing NONE = new Standing(false, -1);

        /** Whether a token of {@code epoch} still stands for this account. */
        public boolean admits(int epoch) {
            return enabled && epoch == tokenEpoch;
        }
    }

    @Transactional
    public Standing standing(UUID id) {
        StaffAccount account = StaffAccount.findById(id);
        return account == null ? Standing.NONE : new Standing(!account.disabled, account.tokenEpoch);
    }

    /** Disables or enables an account; the last enabled admin cannot be disabled (409). */
    @Transactional
    public AccountView setDisabled(String username, boolean disabled) {
        StaffAccount account = byUsername(username);
        if (disabled && !account.disabled && "admin".equals(account.role)
                && StaffAccount.count("role = 'admin' and disabled = false") <= 1) {
            throw ProblemException.conflict("The last enabled admin account cannot be disabled");
        }
        if (account.disabled != disabled) {
            account.disabled = disabled;
            account.endTokens();
        }
        return AccountView.of(account);
    }

    /** Sets a new password (an admin for anyone: the old one is not asked). */
    @Transactional
    public AccountView setPassword(String username, String password) {
        StaffAccount account = byUsername(username);
        account.passwordHash = hash(password);
        account.endTokens();
        return AccountView.of(account);
    }

    /** Changes one's own password: the old one must match (401 otherwise, as a failed login). */
    @Transactional
    public void changeOwnPassword(UUID id, String oldPassword, String newPassword) {
        StaffAccount account = StaffAccount.findById(id);
        if (account == null || account.disabled || !matches(oldPassword, account.passwordHash)) {
            throw new ProblemException(401, "unauthorized", "Unauthorized", "The old password is wrong");
        }
        account.passwordHash = hash(newPassword);
        account.endTokens();
    }

    private StaffAccount byUsername(String username) {
        return StaffAccount.<StaffAccount>find("lower(username) = ?1", username.toLowerCase()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No staff account is named " + username));
    }

    private String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ProblemException.invalid("password", "must be at most 72 bytes in UTF-8");
        }
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    private static boolean matches(String password, String hash) {
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public List<AccountView> list() {
        return StaffAccount.<StaffAccount>list("order by createdAt").stream().map(AccountView::of).toList();
    }

    @Transactional
    public long count() {
        return StaffAccount.count();
    }

    /** What a login needs to know of an account, read apart from the hashing (which holds no database connection). */
    public record LoginCandidate(UUID id, String username, String passwordHash, String role, String unit, boolean disabled,
                                 int tokenEpoch) {
    }

    /**
     * The account whose password this is, if it is enabled; empty otherwise. Not transactional: the account is read
     * in a short transaction of its own, and bcrypt (the slow part) runs after the connection went back to the pool.
     */
    public Optional<LoginCandidate> check(String username, String password) {
        Optional<LoginCandidate> account = candidates.find(username);
        String hash = account.map(LoginCandidate::passwordHash).orElse(dummyHash);
        return matches(password, hash) ? account.filter(a -> !a.disabled()) : Optional.empty();
    }
}
