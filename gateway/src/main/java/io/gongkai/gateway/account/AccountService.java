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

    public AccountService(GatewayConfig config) {
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

    @Transactional
    public boolean isEnabled(UUID id) {
        StaffAccount account = StaffAccount.findById(id);
        return account != null && !account.disabled;
    }

    /** Disables or enables an account; the last enabled admin cannot be disabled (409). */
    @Transactional
    public AccountView setDisabled(String username, boolean disabled) {
        StaffAccount account = byUsername(username);
        if (disabled && !account.disabled && "admin".equals(account.role)
                && StaffAccount.count("role = 'admin' and disabled = false") <= 1) {
            throw ProblemException.conflict("The last enabled admin account cannot be disabled");
        }
        account.disabled = disabled;
        return AccountView.of(account);
    }

    /** Sets a new password (an admin for anyone: the old one is not asked). */
    @Transactional
    public AccountView setPassword(String username, String password) {
        StaffAccount account = byUsername(username);
        account.passwordHash = hash(password);
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

    /** The account whose password this is, if it is enabled; empty otherwise. */
    @Transactional
    public Optional<StaffAccount> check(String username, String password) {
        Optional<StaffAccount> account = StaffAccount.find("lower(username) = ?1", username.toLowerCase()).firstResultOptional();
        String hash = account.map(a -> a.passwordHash).orElse(dummyHash);
        return matches(password, hash) ? account.filter(a -> !a.disabled) : Optional.empty();
    }
}
