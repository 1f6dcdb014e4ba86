package io.gongkai.gateway.login;

import io.gongkai.gateway.account.AccountService;
import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.gateway.token.TokenMinter;
import io.gongkai.gateway.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Staff login with a local account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class);

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final TokenMinter minter;
    private final long lifetimeSeconds;
    private final String ssoIssuer;

    public LoginResource(AccountService accounts, LoginThrottle throttle, TokenMinter minter, GatewayConfig config) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.minter = minter;
        this.lifetimeSeconds = config.jwt().staffLifetime().toSeconds();
        this.ssoIssuer = config.idp().jwksUrl().isPresent() ? config.idp().issuer().orElse(null) : null;
    }

    @GET
    @PermitAll
    @Operation(summary = "How staff can log in here (local accounts, campus single sign-on)")
    @APIResponse(responseCode = "200", description = "The login methods")
    public AuthMethods methods() {
        return new AuthMethods(accounts.count() > 0, "/api/v1/auth/token", ssoIssuer);
    }

    @POST
    @Path("/token")
    @PermitAll
    @Operation(summary = "Log in with a staff account; the answer is a bearer token for every staff operation")
    @APIResponse(responseCode = "200", description = "A gateway-signed JWT")
    @APIResponse(responseCode = "401", description = "Unknown user or wrong password (the two look the same)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed logins; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenResponse login(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        String address = http.remoteAddress() != null ? http.remoteAddress().hostAddress() : "unknown";
        long wait = throttle.waitSeconds(request.username(), address);
        if (wait > 0) {
            throw new TooManyLogins(wait);
        }
        return accounts.check(request.username(), request.password())
                .map(account -> {
                    throttle.succeeded(request.username());
                    LOG.infof("Staff login of account %s", account.id);
                    return new TokenResponse(minter.staffToken(account.id, account.username, account.role, account.unit),
                            "Bearer", lifetimeSeconds);
                })
                .orElseThrow(() -> {
                    throttle.failed(request.username(), address);
                    return new ProblemException(401, "unauthorized", "Unauthorized", "Unknown username or wrong password");
                });
    }

    @POST
    @Path("/password")
    @Authenticated
    @Operation(summary = "Change one's own password (staff, with the old password)")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "A weak new password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not logged in, or the old password is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void changeOwnPassword(@Valid @NotNull OwnPasswordRequest request, @Context SecurityContext security) {
        UUID id = security.getUserPrincipal() instanceof JsonWebToken jwt ? accountId(jwt.getSubject()) : null;
        if (id == null) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only local staff accounts have a password here");
        }
        accounts.changeOwnPassword(id, request.oldPassword(), request.newPassword());
        LOG.infof("Staff account %s changed its password", id);
    }

    private static UUID accountId(String subject) {
        try {
            return subject == null ? null : UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 429 with Retry-After, through {@link LoginProblems}. */
    public static class TooManyLogins extends RuntimeException {
        final long retryAfterSeconds;

        TooManyLogins(long retryAfterSeconds) {
            super("too many failed logins", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
