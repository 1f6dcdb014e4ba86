package io.gongkai.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/** Reads the account a login names, in a transaction that ends before its password is hashed. */
@ApplicationScoped
public class LoginCandidates {

    @Transactional
    public Optional<AccountService.LoginCandidate> find(String username) {
        return StaffAccount.<StaffAccount>find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResultOptional()
                .map(a -> new AccountService.LoginCandidate(a.id, a.username, a.passwordHash, a.role, a.unit, a.disabled,
                        a.tokenEpoch));
    }
}
