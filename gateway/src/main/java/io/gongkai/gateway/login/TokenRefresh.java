package io.gongkai.gateway.login;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.account.StaffAccount;
import io.gongkai.gateway.token.BearerTokens;
import io.gongkai.gateway.token.TokenMinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Rotates a staff token: the token sent is exchanged once for a new one of the same session. Its jti is kept in the
 * database until it expires, and the insert is the claim: a second refresh of the same token (a copy of it, or a race
 * of two instances) finds the jti taken and is refused. The old token itself still works until it expires (tokens are
 * checked by signature, not looked up); what it loses is the power to extend the session. The session's start rides
 * in every token of it, so that no chain of refreshes outlives {@code gongkai.jwt.session-max}.
 */
@ApplicationScoped
public class TokenRefresh {

    private final TokenMinter minter;
    private final EntityManager database;
    private final long sessionMaxSeconds;
    private final long lifetimeSeconds;

    public TokenRefresh(TokenMinter minter, EntityManager database, GatewayConfig config) {
        this.minter = minter;
        this.database = database;
        this.sessionMaxSeconds = config.jwt().sessionMax().toSeconds();
        this.lifetimeSeconds = config.jwt().staffLifetime().toSeconds();
    }

    @Transactional
    public TokenResponse refresh(JsonWebToken token) {
        UUID id = accountId(token.getSubject());
        if (id == null) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only tokens of local staff accounts are refreshed here");
        }
        long now = Instant.now().getEpochSecond();
        Long start = sessionStart(token);
        if (start == null || now >= start + sessionMaxSeconds) {
            throw unauthorized("The session has reached its maximum length; sign in again");
        }
        StaffAccount account = StaffAccount.findById(id);
        // read here, not from the few seconds' cache: a refresh must never outlive a change of the account
        if (account == null || account.disabled || account.tokenEpoch != BearerTokens.epochOf(token)) {
            throw unauthorized("The account is disabled, or the token is older than its last change");
        }
        if (token.getTokenID() == null) {
            throw unauthorized("The token has no id and cannot be refreshed");
        }
        database.createNativeQuery("DELETE FROM refreshed_token WHERE expires_at < now()").executeUpdate();
        int claimed = database.createNativeQuery("INSERT INTO refreshed_token (jti, expires_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, token.getTokenID())
                .setParameter(2, OffsetDateTime.ofInstant(Instant.ofEpochSecond(token.getExpirationTime()), ZoneOffset.UTC))
                .executeUpdate();
        if (claimed == 0) {
            throw unauthorized("This token was refreshed already; use the token that refresh answered");
        }
        return new TokenResponse(minter.staffToken(account.id, account.username, account.role, account.unit, account.tokenEpoch, start),
                "Bearer", Math.max(1, Math.min(lifetimeSeconds, start + sessionMaxSeconds - now)));
    }

    private static Long sessionStart(JsonWebToken token) {
        Object claim = token.getClaim(TokenMinter.SESSION_START_CLAIM);
        if (claim instanceof Number n) {
            return n.longValue();
        }
        if (claim instanceof jakarta.json.JsonNumber n) {
            return n.longValue();
        }
        // tokens from before sessions were counted: their session began when they were issued
        return token.getIssuedAtTime() > 0 ? token.getIssuedAtTime() : null;
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail);
    }

    private static UUID accountId(String subject) {
        try {
            return subject == null || subject.length() != 36 ? null : UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
