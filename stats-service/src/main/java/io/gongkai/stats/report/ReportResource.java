package io.gongkai.stats.report;

import io.gongkai.commons.problem.Problem;
import io.gongkai.stats.security.Caller;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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

    public ReportResource(ReportService reports, @Location("report/annual.html") Template html,
                          @Location("report/annual.md") Template markdown, Caller caller, PdfRenderer pdf) {
        this.reports = reports;
        this.pdf = pdf;
        this.html = html;
        this.markdown = markdown;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MARKDOWN, PDF})
    @Operation(operationId = "getAnnualReport", summary = "A year's annual report, generated from the live figures",
            description = "Accept: application/json (every figure with its definition, the checks of the totals), text/html "
                    + "(print-ready A4), text/markdown or application/pdf (A4, ready to file). format=moe (the MoE format: seven sections and the checklist annex) or "
                    + "gov (the government format: six parts with tables 二, 三, 四); default: the year's setting.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
                       @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                       @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
                       @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A year out of range or an unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@Parameter(description = "report year", example = "2022") @PathParam("year") @Min(2000) @Max(2100) int year,
                           @Parameter(description = "moe or gov", example = "moe") @QueryParam("format") String format,
                           @Context Request request) {
        AnnualReport report = reports.report(year, format);
        Variant variant = request.selectVariant(VARIANTS);
        MediaType type = variant == null ? MediaType.APPLICATION_JSON_TYPE : variant.getMediaType();
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(html.data("report", report).render(), "text/html; charset=UTF-8").build();
        }
        if (type.isCompatible(MediaType.valueOf(PDF))) {
            return Response.ok(pdf.render(html.data("report", report).render()), PDF)
                    .header("Content-Disposition", "inline; filename=\"annual-report-" + year + "-" + report.format() + ".pdf\"").build();
        }
        if (type.isCompatible(MediaType.valueOf(MARKDOWN))) {
            return Response.ok(markdown.data("report", report).render(), MARKDOWN + "; charset=UTF-8").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/settings")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAnnualReportSettings", summary = "A year's report settings (defaults until an admin sets them)")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(implementation = ReportService.Settings.class)))
    public ReportService.Settings settings(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return reports.settings(year);
    }

    @PUT
    @Path("/settings")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putAnnualReportSettings", summary = "Set a year's format, statistics period, institution and date signed")
    @APIResponse(responseCode = "200", description = "The settings now",
            content = @Content(schema = @Schema(implementation = ReportService.Settings.class)))
    @APIResponse(responseCode = "400", description = "Invalid settings",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportService.Settings putSettings(@PathParam("year") @Min(2000) @Max(2100) int year,
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
    @APIResponse(responseCode = "404", description = "No such section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putSection(@PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("key") String key,
                               @Valid @NotNull ReportViews.SectionRequest request) {
        reports.saveSection(year, key, request.text(), caller.subject());
        return Response.noContent().build();
    }
}
