package io.gongkai.web.page;

import io.gongkai.web.api.PublicApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** 年度报告: every year's report, to read (the API's HTML, at the same address) or to download as PDF. */
@Path("/reports")
public class ReportPages {

    /** A report year: its label, the reading link and the download link. */
    public record ReportYear(int year, String label, String period, String html, String pdf) {
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance reports(List<ReportYear> years);
    }

    private final PublicApi api;

    public ReportPages(@RestClient PublicApi api) {
        this.api = api;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        List<ReportYear> years = new ArrayList<>();
        // a year's report can be read once its academic year has begun; it is complete after 31 August
        for (int y = ColumnPages.reportYear(LocalDate.now(ColumnPages.ZONE)); y >= ColumnPages.FIRST_YEAR; y--) {
            years.add(new ReportYear(y, y + "年度信息公开工作年度报告", ColumnPages.yearLabel(y),
                    "/api/v1/reports/annual/" + y, "/reports/" + y + ".pdf"));
        }
        return Templates.reports(years);
    }

    @GET
    @Path("{year: \\d{4}}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("year") int year, @QueryParam("format") String format) {
        if (year < ColumnPages.FIRST_YEAR || year > ColumnPages.reportYear(LocalDate.now(ColumnPages.ZONE))) {
            throw new PageProblem(404, "没有该年度的报告", "请从年度报告列表中选择年度。");
        }
        String shape = "gov".equals(format) ? "gov" : "moe";
        return Response.ok(api.reportPdf(year, shape))
                .header("Content-Disposition", "attachment; filename=\"report-" + year + ".pdf\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(year + "年度信息公开工作年度报告.pdf", java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }
}
