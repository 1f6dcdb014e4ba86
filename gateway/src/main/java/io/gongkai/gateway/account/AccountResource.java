package io.gongkai.gateway.account;

import io.gongkai.commons.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    public AccountResource(AccountService accounts, AccountStatus status) {
        this.accounts = accounts;
        this.status = status;
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Create a staff account (admin)",
            description = "A local account with a role (`admin`, `editor` with the unit it edits for, `handler`, `auditor`) "
                    + "and a password of 12 to 72 characters, stored as a bcrypt hash.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "the account's address",
                    schema = @Schema(type = SchemaType.STRING, example = "/api/v1/admin/accounts/8d3e2f10-4b5c-4d6e-8f90-a1b2c3d4e5f6")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid account (weak password, editor without unit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull AccountRequest request) {
        AccountView created = accounts.create(request);
        return Response.created(URI.create("/api/v1/admin/accounts/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{username}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "disableAccount", summary = "Disable a staff account (admin): its tokens stop working at once",
            description = "The account can no longer log in, and the tokens it holds are refused (401) from now on. "
                    + "The last enabled admin cannot be disabled.")
    @APIResponse(responseCode = "200", description = "The account, disabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The last enabled admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AccountView disable(@Parameter(description = "the account's username", example = "zhang.wei") @PathParam("username") String username) {
        AccountView account = accounts.setDisabled(username, true);
        status.changed(account.id());
        return account;
    }

    @POST
    @Path("/{username}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "enableAccount", summary = "Enable a staff account again (admin)",
            description = "The account may log in again. Tokens issued before it was disabled stay refused (401): "
                    + "disabling, enabling and every password change end the tokens issued before them; its owner logs in anew.")
    @APIResponse(responseCode = "200", description = "The account, enabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AccountView enable(@Parameter(description = "the account's username", example = "zhang.wei") @PathParam("username") String username) {
        AccountView account = accounts.setDisabled(username, false);
        status.changed(account.id());
        return account;
    }

    @POST
    @Path("/{username}/password")
    @Operation(operationId = "setAccountPassword", summary = "Set a staff account's password (admin)",
            description = "A new password of 12 to 72 characters, for an account whose owner forgot theirs. Every token "
                    + "issued to the account before is refused from now on (401).")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A weak password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AccountView setPassword(@Parameter(description = "the account's username", example = "zhang.wei") @PathParam("username") String username, @Valid @NotNull PasswordRequest request) {
        AccountView account = accounts.setPassword(username, request.password());
        status.changed(account.id());
        return account;
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "List staff accounts (admin)",
            description = "Every account on one page (`nextCursor` is null), disabled ones included.")
    @APIResponse(responseCode = "200", description = "The accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountList.class)))
    public AccountList list() {
        return new AccountList(accounts.list(), null);
    }
}
