package io.gongkai.gateway.login;

import io.gongkai.gateway.account.AccountService;
import io.gongkai.gateway.account.AccountStatus;
import io.gongkai.gateway.caller.ClientAddress;
import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.problem.ProblemResponsesDocument;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
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
    private final AccountStatus status;
    private final ClientAddress clients;
    private final LoginThrottle throttle;
    private final TokenMinter minter;
    private final long lifetimeSeconds;
    private final String ssoIssuer;
    private final TokenRefresh refresh;

    public LoginResource(AccountService accounts, AccountStatus status, LoginThrottle throttle, TokenMinter minter,
                         ClientAddress clients, GatewayConfig config, TokenRefresh refresh) {
        this.refresh = refresh;
        this.accounts = accounts;
        this.status = status;
        this.clients = clients;
        this.throttle = throttle;
        this.minter = minter;
        this.lifetimeSeconds = config.jwt().staffLifetime().toSeconds();
        this.ssoIssuer = config.idp().jwksUrl().isPresent() ? config.idp().issuer().orElse(null) : null;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getAuthMethods", summary = "How staff can log in here (local accounts, campus single sign-on)",
            description = "What a login page needs: whether local staff accounts exist, where to post a login, and the issuer "
                    + "of the campus identity provider whose bearer tokens the gateway also accepts. Anyone may ask.")
    @APIResponse(responseCode = "200", description = "The login methods",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthMethods.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponsesDocument.BAD_REQUEST)
    @APIResponse(responseCode = "403", description = "A browser origin that CORS does not allow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AuthMethods methods() {
        return new AuthMethods(accounts.count() > 0, "/api/v1/auth/token", ssoIssuer);
    }

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Log in with a staff account; the answer is a bearer token for every staff operation",
            description = "Checks a local account's username and password and answers a gateway-signed JWT (RS256) to send as "
                    + "`Authorization: Bearer <accessToken>` until it expires. An unknown user and a wrong password get the same "
                    + "answer. One client address may try 5 times for one username (and 30 times over all usernames) within 15 "
                    + "minutes; beyond, its logins are refused with 429 until Retry-After has passed (a success gives its "
                    + "attempt back). Another address is not slowed by them.")
    @APIResponse(responseCode = "200", description = "A gateway-signed JWT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown user or wrong password (the two look the same)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "A browser origin that CORS does not allow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many failed logins; see Retry-After",
            headers = @Header(name = "Retry-After", description = "seconds until a login is tried again",
                    schema = @Schema(type = SchemaType.INTEGER, example = "900")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public TokenResponse login(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        String address = clients.of(http);
        // counted before the password is hashed: concurrent guesses cannot all slip past the limit
        long wait = throttle.attempt(request.username(), address);
        if (wait > 0) {
            throw new TooManyLogins(wait);
        }
        return accounts.check(request.username(), request.password())
                .map(account -> {
                    throttle.succeeded(request.username(), address);
                    LOG.infof("Staff login of account %s", account.id());
                    return new TokenResponse(minter.staffToken(account.id(), account.username(), account.role(), account.unit(),
                            account.tokenEpoch()), "Bearer", lifetimeSeconds);
                })
                .orElseThrow(() -> new ProblemException(401, "unauthorized", "Unauthorized", "Unknown username or wrong password"));
    }

    @POST
    @Path("/refresh")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "refreshToken", summary = "Exchange one's current staff token for a new one of the same session",
            description = "Send the current, unexpired staff token (no body). The answer is a new token of the same session; the "
                    + "token sent can never be refreshed again (it still works until it expires). The account must still be "
                    + "enabled and its password unchanged since the token was issued. A session lasts at most "
                    + "`gongkai.jwt.session-max` (12 hours) from its sign-in: no refresh goes beyond it, and a token never "
                    + "outlives it. Campus single sign-on tokens are refreshed at the identity provider (403).")
    @APIResponse(responseCode = "200", description = "A new gateway-signed JWT of the same session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "No token, a forged or expired one, one refreshed already, a disabled "
            + "account or a changed password, or a session past its maximum",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a local staff account (a campus sign-on token), or a browser origin "
            + "that CORS does not allow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public TokenResponse refresh(@Context SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof JsonWebToken jwt)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only staff tokens are refreshed here");
        }
        TokenResponse answer = refresh.refresh(jwt);
        LOG.infof("Staff token of account %s refreshed", jwt.getSubject());
        return answer;
    }

    @POST
    @Path("/password")
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password (staff, with the old password)",
            description = "A staff member with a local account sets a new password (12 to 72 characters), proving who they "
                    + "are with the old one. Every token issued to the account before, the one sending this included, is refused from "
                    + "now on (401): log in again with the new password. Tokens of campus single sign-on have no password here (403).")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "A weak new password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "Not logged in, or the old password is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a local staff account (a campus sign-on token)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void changeOwnPassword(@Valid @NotNull OwnPasswordRequest request, @Context SecurityContext security) {
        UUID id = security.getUserPrincipal() instanceof JsonWebToken jwt ? accountId(jwt.getSubject()) : null;
        if (id == null) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only local staff accounts have a password here");
        }
        accounts.changeOwnPassword(id, request.oldPassword(), request.newPassword());
        status.changed(id);
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
