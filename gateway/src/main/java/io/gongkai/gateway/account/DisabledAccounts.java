package io.gongkai.gateway.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.gongkai.gateway.token.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The gateway's own operations refuse the login token of a disabled account, or one issued before the account's last
 * change, too (401), not only routed calls.
 */
@ApplicationScoped
public class DisabledAccounts implements SecurityIdentityAugmentor {

    private final AccountStatus status;

    public DisabledAccounts(AccountStatus status) {
        this.status = status;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!status.mayActNow(jwt.getSubject(), BearerTokens.epochOf(jwt))) {
                throw new AuthenticationFailedException("the account is disabled, or the token is older than its last change");
            }
            return identity;
        });
    }
}
