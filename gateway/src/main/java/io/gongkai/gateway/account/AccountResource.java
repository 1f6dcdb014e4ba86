package io.gongkai.gateway.account;

import io.gongkai.commons.paging.Page;
import io.gongkai.commons.problem.Problem;
import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.token.TokenMinter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/accounts")
@Tag(name = "Staff accounts", description = "Local accounts of admins, editors, handlers and auditors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
public class AccountResource {

    private final AccountService accounts;
    private final AccountStatus status;
    private final TokenMinter minter;

    public AccountResource(AccountService accounts, AccountStatus status, TokenMinter minter) {
        this.accounts = accounts;
        this.status = status;
        this.minter = minter;
    }

    @POST
    @Operation(summary = "Create a staff account (admin)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid account (weak password, editor without unit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull AccountRequest request) {
        AccountView created = accounts.create(request);
        return Response.created(URI.create("/api/v1/admin/accounts/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{username}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable a staff account (admin): its tokens stop working at once")
    @APIResponse(responseCode = "200", description = "The account, disabled")
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The last enabled admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView disable(@PathParam("username") String username) {
        AccountView account = accounts.setDisabled(username, true);
        status.forget(account.id());
        minter.forget(Caller.Kind.STAFF, account.id().toString());
        return account;
    }

    @POST
    @Path("/{username}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enable a staff account again (admin)")
    @APIResponse(responseCode = "200", description = "The account, enabled")
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView enable(@PathParam("username") String username) {
        AccountView account = accounts.setDisabled(username, false);
        status.forget(account.id());
        return account;
    }

    @POST
    @Path("/{username}/password")
    @Operation(summary = "Set a staff account's password (admin)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "400", description = "A weak password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView setPassword(@PathParam("username") String username, @Valid @NotNull PasswordRequest request) {
        return accounts.setPassword(username, request.password());
    }

    @GET
    @Operation(summary = "List staff accounts (admin)")
    @APIResponse(responseCode = "200", description = "The accounts")
    public Page<AccountView> list() {
        return new Page<>(accounts.list(), null);
    }
}
