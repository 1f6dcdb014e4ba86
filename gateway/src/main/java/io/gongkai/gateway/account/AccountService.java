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
        if (request.password().getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ProblemException.invalid("password", "must be at most 72 bytes in UTF-8");
        }
        if (StaffAccount.count("lower(username) = ?1", request.username().toLowerCase()) > 0) {
            throw ProblemException.conflict("The username " + request.username() + " is taken");
        }
        StaffAccount account = new StaffAccount();
        account.id = UUID.randomUUID();
        account.username = request.username();
        account.passwordHash = BCrypt.hashpw(request.password(), BCrypt.gensalt(cost));
        account.role = request.role();
        account.unit = request.unit() == null || request.unit().isBlank() ? null : request.unit().trim();
        account.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        account.persist();
        return AccountView.of(account);
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
        boolean matches;
        try {
            matches = BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException e) {
            matches = false;
        }
        return matches ? account.filter(a -> !a.disabled) : Optional.empty();
    }
}
