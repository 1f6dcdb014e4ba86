package io.gongkai.console.disclosurecase;

import io.gongkai.console.api.ApiProblem;
import io.gongkai.console.api.ApiViews;
import io.gongkai.console.api.ConsoleApi;
import io.gongkai.console.page.Choices;
import io.gongkai.console.page.FormFailure;
import io.gongkai.console.page.Labels;
import io.gongkai.console.page.PageProblem;
import io.gongkai.console.page.Redirect;
import io.gongkai.console.session.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 举报、复议、诉讼: the cases list (kind, status, year; paged), recording a new one, and the case page with its
 * result. Auditors read only.
 */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    private static final int PAGE = 20;
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance cases(List<ApiViews.Case> items, Map<String, String> filter, String query, String next,
                                             boolean works, FormFailure failed, Choices choices);

        static native TemplateInstance disclosureCase(ApiViews.Case c, boolean works, FormFailure failed, String done, Choices choices);
    }

    private final ConsoleApi api;
    private final SignedIn signedIn;

    public CasePages(@RestClient ConsoleApi api, SignedIn signedIn) {
        this.api = api;
        this.signedIn = signedIn;
    }

    @GET
    public TemplateInstance list(@QueryParam("kind") String kind, @QueryParam("status") String status, @QueryParam("year") String year,
                                 @QueryParam("cursor") String cursor) {
        return listPage(kind, status, year, cursor, FormFailure.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestForm String kind, @RestForm String lawsuitRoute, @RestForm String receivedOn, @RestForm String subject,
                           @RestForm String relatedRequest) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "kind", kind);
        if ("LAWSUIT".equals(kind)) {
            put(values, "lawsuitRoute", lawsuitRoute);
        }
        put(values, "receivedOn", receivedOn);
        put(values, "subject", subject);
        put(values, "relatedRequest", relatedRequest == null ? null : relatedRequest.toUpperCase(java.util.Locale.ROOT));
        Map<String, String> local = dateErrors(values, "receivedOn");
        if (!local.isEmpty()) {
            FormFailure failed = new FormFailure("record", values, local, "请更正标出的内容后再提交。");
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(listPage(null, null, null, null, failed).render()).build();
        }
        try {
            ApiViews.Case c = api.recordCase(new LinkedHashMap<>(values));
            return Redirect.to("/cases/" + c.id() + "?done=record").build();
        } catch (ClientWebApplicationException e) {
            FormFailure failed = FormFailure.of("record", "登记", values, ApiProblem.of(e));
            if (failed == null) {
                throw e;
            }
            return Response.status(failed.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(listPage(null, null, null, null, failed).render()).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance disclosureCase(@PathParam("id") String id, @QueryParam("done") String done) {
        return Templates.disclosureCase(api.disclosureCase(id(id)), signedIn.session().works(), FormFailure.NONE,
                "record".equals(done) || "close".equals(done) ? done : null, Choices.ALL);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") String id, @RestForm String result, @RestForm String closedOn, @RestForm String note) {
        String caseId = id(id);
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "result", result);
        put(values, "closedOn", closedOn);
        put(values, "note", note);
        FormFailure failed;
        Map<String, String> local = dateErrors(values, "closedOn");
        if (!local.isEmpty()) {
            failed = new FormFailure("close", values, local, "请更正标出的内容后再提交。");
        } else {
            try {
                api.closeCase(caseId, new LinkedHashMap<>(values));
                return Redirect.to("/cases/" + caseId + "?done=close").build();
            } catch (ClientWebApplicationException e) {
                failed = FormFailure.of("close", "审结", values, ApiProblem.of(e));
                if (failed == null) {
                    throw e;
                }
            }
        }
        return Response.status(failed.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.disclosureCase(api.disclosureCase(caseId), signedIn.session().works(), failed, null, Choices.ALL)
                        .render()).build();
    }

    private TemplateInstance listPage(String kind, String status, String year, String cursor, FormFailure failed) {
        kind = blankToNull(kind);
        status = blankToNull(status);
        year = blankToNull(year);
        if (kind != null && !Labels.CASE_KIND.containsKey(kind)) {
            throw PageProblem.badFilter("没有这种案件类型");
        }
        if (status != null && !Labels.CASE_STATUS.containsKey(status)) {
            throw PageProblem.badFilter("没有这种状态");
        }
        if (year != null && (!year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100)) {
            throw PageProblem.badFilter("年度须是 2000 到 2100 之间的四位年份");
        }
        if (cursor != null && (cursor.length() > 500 || !cursor.matches("[A-Za-z0-9_=-]*"))) {
            throw PageProblem.badFilter("翻页链接已失效");
        }
        ApiViews.CasePage page = api.cases(kind, status, year == null ? null : Integer.valueOf(year), blankToNull(cursor), PAGE);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("kind", kind);
        filter.put("status", status);
        filter.put("year", year);
        StringBuilder query = new StringBuilder();
        filter.forEach((k, v) -> {
            if (v != null) {
                query.append(query.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        return Templates.cases(page.items(), filter, query.toString(), page.nextCursor(), signedIn.session().works(), failed, Choices.ALL);
    }

    private static Map<String, String> dateErrors(Map<String, String> values, String field) {
        String value = values.get(field);
        if (value != null) {
            try {
                java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                return Map.of(field, "请按“年-月-日”填写，如 2022-09-01");
            }
        }
        return Map.of();
    }

    private static String id(String id) {
        if (id == null || !id.matches(ID)) {
            throw PageProblem.notFound();
        }
        return id;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
