package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicApi;
import io.gongkai.web.api.PublicReads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * 年度报告: the reports of ended years (the year in progress only as a labelled preview), each read inside the column
 * from the API's JSON, readable on a phone, with its PDF beside it: the frozen edition where an admin froze one, else
 * the report generated from the live figures, labelled 预览.
 */
@Path("/reports")
public class ReportPages {

    /** A report year: its label, the reading link, the download link, and whether it is only a preview. */
    public record ReportYear(int year, String label, String period, String html, String pdf, boolean preview) {
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance reports(List<ReportYear> years);

        static native TemplateInstance report(ApiViews.AnnualReport report, int year, String period, boolean inProgress,
                                              String format, String pdf);
    }

    private final PublicApi api;
    private final PublicReads reads;

    public ReportPages(@RestClient PublicApi api, PublicReads reads) {
        this.api = api;
        this.reads = reads;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        List<ReportYear> years = new ArrayList<>();
        int now = Years.inProgress();
        // a year's report is published after its academic year ends (by 31 October); until then only a preview
        years.add(new ReportYear(now, now + "年度信息公开工作年度报告（预览）", Years.label(now) + "，进行中", "/reports/" + now,
                "/reports/" + now + ".pdf", true));
        for (int y = now - 1; y >= Years.FIRST_YEAR; y--) {
            years.add(new ReportYear(y, y + "年度信息公开工作年度报告", Years.label(y), "/reports/" + y, "/reports/" + y + ".pdf", false));
        }
        return Templates.reports(years);
    }

    /** One year's report inside the column. */
    @GET
    @Path("{year: \\d{4}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance report(@PathParam("year") int year, @QueryParam("format") String format) {
        checkYear(year);
        String shape = shape(format);
        ApiViews.AnnualReport report = reads.report(year, shape);
        String pdf = "/reports/" + year + ".pdf" + (shape == null ? "" : "?format=" + shape);
        return Templates.report(report, year, Years.label(year), year == Years.inProgress(), report.format(), pdf);
    }

    @GET
    @Path("{year: \\d{4}}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("year") int year, @QueryParam("format") String format) {
        checkYear(year);
        String shape = shape(format);
        return Response.ok(api.reportPdf(year, shape == null ? "moe" : shape))
                .header("Content-Disposition", "attachment; filename=\"report-" + year + ".pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(year + "年度信息公开工作年度报告.pdf", StandardCharsets.UTF_8))
                .build();
    }

    private static void checkYear(int year) {
        if (year < Years.FIRST_YEAR || year > Years.inProgress()) {
            throw new PageProblem(404, "没有该年度的报告", "请从年度报告列表中选择年度。");
        }
    }

    /** moe or gov, as the API names its two formats; anything else is the year's own setting. */
    private static String shape(String format) {
        return "gov".equals(format) || "moe".equals(format) ? format : null;
    }
}
