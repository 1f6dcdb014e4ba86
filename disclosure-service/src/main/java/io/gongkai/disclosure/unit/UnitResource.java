package io.gongkai.disclosure.unit;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.CONFLICT;
import static io.gongkai.commons.problem.ProblemResponsesDocument.FORBIDDEN;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.PRECONDITION_FAILED;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNAUTHORIZED;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.PublicLinks;
import io.gongkai.commons.web.ETags;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units")
@Tag(name = "Units", description = "Responsible units (党委办公室, 招生就业处, 财务处...)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService units;
    private final PublicLinks links;

    public UnitResource(UnitService units, PublicLinks links) {
        this.units = units;
        this.links = links;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listUnits", summary = "List the responsible units",
            description = "The units items are attributed to (责任单位), in display order.")
    @APIResponse(responseCode = "200", description = "Units in display order",
            content = @Content(schema = @Schema(implementation = UnitView.class, type = SchemaType.ARRAY)))
    public List<UnitView> list(@Parameter(description = "also list units no longer in use")
                               @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return units.list(includeInactive);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getUnit", summary = "One unit", description = "A unit by its code; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The unit",
            headers = @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such unit")
    public Response one(@Parameter(description = "unit code", example = "FINANCE") @PathParam("code") String code) {
        UnitView unit = units.find(code).orElseThrow(() -> ProblemException.notFound("Unit " + code));
        return Response.ok(unit).tag(ETags.of(unit.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createUnit", summary = "Add a unit (admin)",
            description = "A new responsible unit; its code is its permanent name in items and statistics.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "the new resource's address", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\""))},
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid unit")
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED, description = "No valid token")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Not an admin")
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "The code is taken")
    public Response create(@Valid @NotNull UnitRequest request) {
        UnitView created = units.create(request);
        return Response.created(links.to("/api/v1/units/" + created.code()))
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "updateUnit", summary = "Change a unit (admin)",
            description = "Name, order, active; If-Match guards against lost updates.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "the version", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid unit")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such unit")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED, description = "Stale If-Match")
    public Response update(@Parameter(description = "unit code", example = "FINANCE") @PathParam("code") String code,
                           @Parameter(description = "the ETag of the version the change is based on; an older one is a 412", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull UnitRequest request) {
        UnitView updated = units.update(code, request, ifMatch);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }
}
