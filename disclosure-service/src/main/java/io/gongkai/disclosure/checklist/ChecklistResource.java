package io.gongkai.disclosure.checklist;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.CONFLICT;
import static io.gongkai.commons.problem.ProblemResponsesDocument.FORBIDDEN;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNAUTHORIZED;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.disclosure.web.NotBlankWhenGiven;
import io.gongkai.commons.web.PublicLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/checklist")
@Tag(name = "Checklist", description = "The 50-item checklist (清单), versioned, and its coverage (the report's annex)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    private final ChecklistService checklists;
    private final PublicLinks links;

    public ChecklistResource(ChecklistService checklists, PublicLinks links) {
        this.checklists = checklists;
        this.links = links;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getChecklist", summary = "The checklist: categories and items",
            description = "The 10 categories and 50 items of the disclosure checklist (清单): the current version unless "
                    + "version= names another loaded one.")
    @APIResponse(responseCode = "200", description = "The checklist",
            content = @Content(schema = @Schema(implementation = ChecklistViews.Checklist.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such version")
    public Response checklist(
            @Parameter(description = "checklist version code, not blank; the current checklist when left out", example = "2014",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("version") @Size(max = 64) @NotBlankWhenGiven String version) {
        return Response.ok(checklists.checklist(version)).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("/versions")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listChecklistVersions", summary = "The loaded checklist versions",
            description = "Every checklist version loaded, which one is current, and how many items each has.")
    @APIResponse(responseCode = "200", description = "Versions, oldest first",
            content = @Content(schema = @Schema(implementation = ChecklistViews.Version.class, type = SchemaType.ARRAY)))
    public List<ChecklistViews.Version> versions() {
        return checklists.versions();
    }

    @PUT
    @Path("/versions/{code}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "loadChecklistVersion", summary = "Load a revised checklist version (admin)",
            description = "A revised checklist is loaded next to the existing ones; items keep linking to the version they were made under.")
    @APIResponse(responseCode = "201", description = "Loaded",
            headers = @Header(name = "Location", description = "the loaded checklist", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ChecklistViews.Checklist.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid checklist")
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED, description = "No valid token")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Not an admin")
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "That version is already loaded")
    public Response load(@Parameter(description = "checklist version code", example = "2014") @PathParam("code") String code, @Valid @NotNull ChecklistViews.ChecklistRequest request) {
        return Response.created(links.to("/api/v1/checklist?version=" + code)).entity(checklists.load(code, request)).build();
    }

    @PUT
    @Path("/versions/{code}/items/{itemNo}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "changeChecklistItem", summary = "Change or add one item of a checklist version (admin)",
            description = "Wording, note and category of one item; an item number the version does not have is added.")
    @APIResponse(responseCode = "200", description = "The checklist after the change",
            content = @Content(schema = @Schema(implementation = ChecklistViews.Checklist.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid item")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Not an admin")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such version")
    public ChecklistViews.Checklist changeItem(@Parameter(description = "checklist version code", example = "2014") @PathParam("code") String code,
                                               @Parameter(description = "item number", example = "7") @PathParam("itemNo") String itemNo,
                                               @Valid @NotNull ChecklistViews.ItemChange change) {
        return checklists.changeItem(code, itemNo, change);
    }

    @POST
    @Path("/versions/{code}/current")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "makeChecklistVersionCurrent", summary = "Make a version the current checklist (admin)",
            description = "New items link to the current checklist; coverage without version= reads it.")
    @APIResponse(responseCode = "200", description = "Now current",
            content = @Content(schema = @Schema(implementation = ChecklistViews.Checklist.class)))
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Not an admin")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such version")
    public ChecklistViews.Checklist makeCurrent(@Parameter(description = "checklist version code", example = "2014") @PathParam("code") String code) {
        return checklists.makeCurrent(code);
    }

    @GET
    @Path("/coverage")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getChecklistCoverage", summary = "Coverage of the checklist in a period (the annual report's annex)",
            description = "For each item: covered by published public items?, how many, units, channels, the latest 3 with "
                    + "links, and overdue by the 20-working-day rule where producedAt is known: working days of the official "
                    + "calendar (inquiry-service's), or Mon–Fri, flagged in `calendar`, when it cannot be read.")
    @APIResponse(responseCode = "200", description = "Coverage",
            content = @Content(schema = @Schema(implementation = Coverage.Report.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Give year, or from and to")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No such checklist version")
    public Response coverage(
            @Parameter(description = "report year Y = 1 Sep Y-1 .. 31 Aug Y (or from and to)", example = "2022")
            @QueryParam("year") @Min(ReportPeriod.FIRST_YEAR) @Max(ReportPeriod.LAST_YEAR) Integer year,
            @Parameter(description = "first day of the period, inclusive (with to)", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "last day of the period, inclusive (with from)", example = "2022-08-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "uncovered items first, then overdue ones") @QueryParam("gapsFirst") @DefaultValue("false")
            boolean gapsFirst,
            @Parameter(description = "checklist version code, not blank; the current checklist when left out", example = "2014",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("version") @Size(max = 64) @NotBlankWhenGiven String version) {
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, true);
        return Response.ok(checklists.coverage(version, year, period, gapsFirst))
                .header("Cache-Control", "public, max-age=60").build();
    }
}
