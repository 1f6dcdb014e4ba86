package io.gongkai.stats.report;

import io.gongkai.commons.web.ClientAddresses;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemResponses;
import io.gongkai.commons.problem.ProblemResponsesDocument;
import io.gongkai.stats.security.Caller;
import io.gongkai.commons.web.PublicLinks;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/annual/{year}")
@Tag(name = "Annual report", description = "The annual report (年度报告) in either filing format, generated from the figures")
public class ReportResource {

    static final String MARKDOWN = "text/markdown";
    static final String PDF = "application/pdf";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            MediaType.valueOf(MARKDOWN), MediaType.valueOf(PDF)).build();

    private final ReportService reports;
    private final Template html;
    private final Template markdown;
    private final Caller caller;
    private final PdfRenderer pdf;
    private final ReportInputs inputs;
    private final ReportRenders renders;
    private final RenderLimit limit;
    private final ProblemResponses problems;
    private final ObjectMapper json;
    private final PublicLinks links;
    private final ClientAddresses clients;

    public ReportResource(ReportService reports, @Location("report/annual.html") Template html,
                          @Location("report/annual.md") Template markdown, Caller caller, PdfRenderer pdf,
                          ReportInputs inputs, ReportRenders renders, RenderLimit limit, ProblemResponses problems,
                          ObjectMapper json, PublicLinks links, ClientAddresses clients) {
        this.clients = clients;
        this.reports = reports;
        this.inputs = inputs;
        this.renders = renders;
        this.limit = limit;
        this.problems = problems;
        this.json = json;
        this.links = links;
        this.pdf = pdf;
        this.html = html;
        this.markdown = markdown;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MARKDOWN, PDF})
    @Operation(operationId = "getAnnualReport", summary = "A year's annual report: its frozen edition, or generated from the live figures",
            description = "The edition an admin froze (frozenAt says when) or, until then, the report generated from the live figures. "
                    + "A report made once is kept and sent again until its figures, settings or sections change; an anonymous address "
                    + "may have a limited number made (429 with Retry-After after that). Accept: application/json (every figure with its definition, the checks of the totals), text/html "
                    + "(print-ready A4), text/markdown or application/pdf (A4, ready to file). format=moe (the MoE format: seven sections and the checklist annex) or "
                    + "gov (the government format: six parts with tables 二, 三, 四); default: the year's setting.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
                       @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                       @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
                       @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "with the PDF: inline, and the file name to save it as",
                    schema = @Schema(type = SchemaType.STRING, example = "inline; filename=\"annual-report-2022-moe.pdf\"")))
    @APIResponse(responseCode = "429", description = "An anonymous address had too many reports made (GONGKAI_REPORT_ANONYMOUS_RENDERS "
            + "per GONGKAI_REPORT_ANONYMOUS_RENDERS_PER; a report already made and unchanged since is never refused)",
            headers = @Header(name = "Retry-After", description = "seconds to wait before retrying", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response report(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                           @Parameter(description = "the filing format: moe (seven sections and the checklist annex) or gov "
                                   + "(six parts with tables 二, 三, 四); default: the year's setting",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"moe", "gov"}, example = "moe"))
                           @QueryParam("format") ReportFormat format,
                           @Context Request request, @Context HttpServerRequest http) {
        Variant variant = request.selectVariant(VARIANTS);
        MediaType type = variant == null ? MediaType.APPLICATION_JSON_TYPE : variant.getMediaType();
        String media = type.isCompatible(MediaType.TEXT_HTML_TYPE) ? "html" : type.isCompatible(MediaType.valueOf(PDF)) ? "pdf"
                : type.isCompatible(MediaType.valueOf(MARKDOWN)) ? "md" : "json";
        String formatCode = reports.formatOf(year, format == null ? null : format.code()).code();
        String madeOf = inputs.of(year);
        ReportRenders.Rendered rendered = renders.kept(year, formatCode, media, madeOf);
        if (rendered == null) {
            // only a render costs: anonymous callers get a number of them per address, a kept report is free
            if (caller.anonymous()) {
                String address = clients.of(http);
                OptionalLong wait = limit.refuse(address == null ? "unknown" : address);
                if (wait.isPresent()) {
                    return problems.build(http, 429, "rate-limited", "Too many requests",
                                    "Too many reports made for this address; retry after " + wait.getAsLong() + " seconds", List.of())
                            .header("Retry-After", wait.getAsLong()).build();
                }
            }
            rendered = renders.render(year, formatCode, media, madeOf, () -> render(year, formatCode, media));
        }
        Response.ResponseBuilder response = Response.ok(rendered.body(), rendered.contentType());
        if (media.equals("pdf")) {
            response.header("Content-Disposition", "inline; filename=\"annual-report-" + year + "-" + rendered.format() + ".pdf\"");
        }
        return response.build();
    }

    private ReportRenders.Rendered render(int year, String formatCode, String media) {
        AnnualReport report = reports.report(year, formatCode);
        boolean keep = report.annex() == null || report.annex().available();
        return switch (media) {
            case "html" -> new ReportRenders.Rendered(html.data("report", report).render().getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=UTF-8", report.format(), keep);
            case "pdf" -> new ReportRenders.Rendered(pdf.render(html.data("report", report).render()), PDF, report.format(), keep);
            case "md" -> new ReportRenders.Rendered(markdown.data("report", report).render().getBytes(StandardCharsets.UTF_8),
                    MARKDOWN + "; charset=UTF-8", report.format(), keep);
            default -> {
                try {
                    yield new ReportRenders.Rendered(json.writeValueAsBytes(report), MediaType.APPLICATION_JSON, report.format(), keep);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the report cannot be written as JSON", e);
                }
            }
        };
    }

    @GET
    @Path("/settings")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAnnualReportSettings", summary = "A year's report settings (defaults until an admin sets them)",
            description = "The filing format, the statistics period (ACADEMIC_YEAR by default), the institution and the date signed.")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(implementation = ReportService.Settings.class)))
    public ReportService.Settings settings(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return reports.settings(year);
    }

    @PUT
    @Path("/settings")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putAnnualReportSettings", summary = "Set a year's format, statistics period, institution and date signed",
            description = "Replaces the year's settings: format moe (default) or gov; periodKind ACADEMIC_YEAR (default), CALENDAR_YEAR "
                    + "or CUSTOM with from and to; the institution's name; the date signed.")
    @APIResponse(responseCode = "200", description = "The settings now",
            content = @Content(schema = @Schema(implementation = ReportService.Settings.class)))
    public ReportService.Settings putSettings(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                                              @Valid @NotNull ReportViews.SettingsRequest request) {
        return reports.saveSettings(year, request);
    }

    @PUT
    @Path("/sections/{key}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putAnnualReportSection", summary = "Write a narrative part of a year's report",
            description = "Keys: overview, proactive.content, proactive.ways, proactive.key-areas, evaluations, improvements, other.")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    public Response putSection(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                               @Parameter(description = "the narrative part", schema = @Schema(type = SchemaType.STRING, enumeration = {
                                       "overview", "proactive.content", "proactive.ways", "proactive.key-areas", "evaluations",
                                       "improvements", "other"}, example = "overview")) @PathParam("key") String key,
                               @Valid @NotNull ReportViews.SectionRequest request) {
        reports.saveSection(year, key, request.text(), caller.subject());
        return Response.noContent().build();
    }

    @POST
    @Path("/freeze")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "freezeAnnualReport", summary = "Freeze a year's report in both formats with its annex",
            description = "Stores the report as generated now, in both filing formats with the checklist annex: from then on the year's "
                    + "report is this edition, whatever events arrive later (GET .../diff lists where the live figures differ). "
                    + "Refused while the annex is unavailable and while the year is frozen already (unfreeze first).")
    @APIResponse(responseCode = "201", description = "Frozen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Frozen.class)),
            headers = @Header(name = "Location", description = "the frozen edition's record",
                    schema = @Schema(type = SchemaType.STRING, example = "/api/v1/reports/annual/2022/freeze")))
    @APIResponse(responseCode = "409", ref = ProblemResponsesDocument.CONFLICT)
    @APIResponse(responseCode = "503", description = "The database, or disclosure-service's coverage (the annex), is not reachable: "
            + "nothing was frozen; try again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response freeze(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        ReportViews.Frozen frozen = reports.freeze(year, caller.subject());
        return Response.created(links.to("/api/v1/reports/annual/" + year + "/freeze")).entity(frozen).build();
    }

    @GET
    @Path("/freeze")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAnnualReportFreeze", summary = "Whether a year's report is frozen, since when and by whom",
            description = "404 while the year's report is generated from the live figures.")
    @APIResponse(responseCode = "200", description = "The frozen edition's record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Frozen.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    public ReportViews.Frozen frozen(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return reports.frozen(year);
    }

    @DELETE
    @Path("/freeze")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "unfreezeAnnualReport", summary = "Unfreeze a year's report",
            description = "The frozen edition is deleted: the year's report is generated from the live figures again, to be corrected "
                    + "and frozen anew.")
    @APIResponse(responseCode = "204", description = "Unfrozen")
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    public Response unfreeze(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        reports.unfreeze(year);
        return Response.noContent().build();
    }

    @GET
    @Path("/diff")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "diffAnnualReport", summary = "Where the live figures now differ from a year's frozen report",
            description = "Every figure of the frozen edition (in the format asked for, or the year's setting) whose live value is now "
                    + "another, and figures only one of them has. 404 while the year is not frozen.")
    @APIResponse(responseCode = "200", description = "The differences (none when same is true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Diff.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    public ReportViews.Diff diff(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                           @Parameter(description = "the filing format: moe or gov; default: the year's setting",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"moe", "gov"}, example = "moe"))
                           @QueryParam("format") ReportFormat format) {
        return reports.diff(year, format == null ? null : format.code());
    }

    @GET
    @Path("/not-applicable")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listNotApplicableChecklistItems", summary = "The checklist items that do not apply in a year",
            description = "The annex lists each of them as not applicable (不适用), with its reason, instead of as published or not.")
    @APIResponse(responseCode = "200", description = "The items, by number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportViews.NotApplicable.class, type = SchemaType.ARRAY)))
    public List<ReportViews.NotApplicable> notApplicable(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return reports.notApplicable(year);
    }

    @PUT
    @Path("/not-applicable/{itemNo}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markChecklistItemNotApplicable", summary = "Mark a checklist item as not applicable in a year",
            description = "For an institution the item does not concern (a college without a hospital): the year's annex says 不适用 with "
                    + "the reason. Marking it again replaces the reason. A frozen report keeps the annex it was frozen with.")
    @APIResponse(responseCode = "200", description = "Marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.NotApplicable.class)))
    public ReportViews.NotApplicable markNotApplicable(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                                                       @Parameter(description = "the checklist item's number", example = "38") @PathParam("itemNo")
                                      @Size(max = 10) @jakarta.validation.constraints.Pattern(regexp = "[0-9]{1,3}",
                                              message = "must be a checklist item number such as 38") String itemNo,
                                                       @Valid @NotNull ReportViews.NotApplicableRequest request) {
        return reports.markNotApplicable(year, itemNo, request.reason(), caller.subject());
    }

    @DELETE
    @Path("/not-applicable/{itemNo}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "markChecklistItemApplicable", summary = "Take back a not-applicable mark",
            description = "The item is listed in the year's annex as published or not again.")
    @APIResponse(responseCode = "204", description = "The mark is gone")
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    public Response markApplicable(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                                   @Parameter(description = "the checklist item's number", example = "38") @PathParam("itemNo")
                                      @Size(max = 10) @jakarta.validation.constraints.Pattern(regexp = "[0-9]{1,3}",
                                              message = "must be a checklist item number such as 38") String itemNo) {
        reports.markApplicable(year, itemNo);
        return Response.noContent().build();
    }

    @GET
    @Path("/carried-over")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEnteredCarriedOverRequests", summary = "The carried-over requests an admin entered for a year",
            description = "Requests still open at the start of the year that were never in Gongkai (it went live mid-history), per "
                    + "column of table 三. 404 while none were entered.")
    @APIResponse(responseCode = "200", description = "The counts entered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.CarriedOver.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    public ReportViews.CarriedOver carriedOver(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return reports.carriedOver(year);
    }

    @PUT
    @Path("/carried-over")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enterCarriedOverRequests", summary = "Enter the carried-over requests of the first report year by hand",
            description = "For requests received before Gongkai was in use and never registered in it (a request registered in "
                    + "inquiry-service with its original date is carried over already). The year's report adds them to 二 (上年结转) "
                    + "and, as Gongkai never sees them end, to 四 (结转下年度继续办理), and says that they were entered by hand. "
                    + "Replaces what was entered before. A frozen report keeps the figures it was frozen with.")
    @APIResponse(responseCode = "200", description = "The counts now entered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.CarriedOver.class)))
    public ReportViews.CarriedOver enterCarriedOver(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                                                    @Valid @NotNull ReportViews.CarriedOverRequest request) {
        return reports.enterCarriedOver(year, request, caller.subject());
    }

    @DELETE
    @Path("/carried-over")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "deleteCarriedOverRequests", summary = "Take back the carried-over requests entered for a year",
            description = "The year's report counts only the requests Gongkai knows again.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ProblemResponsesDocument.NOT_FOUND)
    public Response deleteCarriedOver(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year) {
        reports.deleteCarriedOver(year);
        return Response.noContent().build();
    }
}
