package io.gongkai.web.page;

import io.gongkai.web.api.ApiProblem;
import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 依申请公开: the guide and the form, the confirmation that shows the tracking number and the access code once,
 * and the follow page (number + code, posted, never in a URL): status, due date, the clock day by day, the reply.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance ask(RequestForm form, Map<String, String> errors, String problem);

        static native TemplateInstance asked(ApiViews.RequestSubmitted submitted);

        static native TemplateInstance follow(String trackingNo, String problem);

        static native TemplateInstance followed(ApiViews.RequestForApplicant request, ApiViews.RequestClock clock);
    }

    private final PublicApi api;

    public RequestPages(@RestClient PublicApi api) {
        this.api = api;
    }

    @GET
    @Path("ask")
    public TemplateInstance askForm() {
        return Templates.ask(RequestForm.blank(), Map.of(), null);
    }

    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@BeanParam RequestForm form) {
        try {
            ApiViews.RequestSubmitted submitted = api.submitRequest(form.key(), form.toRequest());
            // the access code is on this page only: never stored by a cache, never in a URL
            return Response.ok(Templates.asked(submitted).render()).header("Cache-Control", "no-store").build();
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            if (problem.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            problem.fields().forEach((field, message) -> errors.merge(RequestForm.formField(field), message, (a, b) -> a + "；" + b));
            return Response.status(400).entity(Templates.ask(form, errors, "请更正以下标出的内容后再提交。").render())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
    }

    @GET
    @Path("follow")
    public TemplateInstance followForm() {
        return Templates.follow(null, null);
    }

    @POST
    @Path("follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@RestForm String trackingNo, @RestForm String accessCode) {
        String number = trackingNo == null ? "" : trackingNo.strip().toUpperCase(Locale.ROOT);
        String code = accessCode == null ? "" : accessCode.strip();
        if (!number.matches("YSQ-\\d{4}-\\d{6}") || code.isEmpty() || code.length() > 100) {
            return refused(number, 400, "请填写申请编号（如 YSQ-2022-000123）和提交时得到的查询码。");
        }
        try {
            ApiViews.RequestForApplicant request = api.request(number, code);
            ApiViews.RequestClock clock = api.clock(number, code);
            return Response.ok(Templates.followed(request, clock).render()).header("Cache-Control", "no-store").build();
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            return switch (problem.status()) {
                // a wrong code and an unknown number look the same, as they do in the API
                case 404, 400 -> refused(number, 404, "申请编号或查询码不正确。请核对后重试；查询码区分大小写。");
                case 429 -> refused(number, 429, "查询过于频繁，请" + (problem.retryAfter() == null ? "稍后" : problem.retryAfter() + "秒后")
                        + "再试。");
                default -> throw e;
            };
        }
    }

    private static Response refused(String trackingNo, int status, String problem) {
        return Response.status(status).entity(Templates.follow(trackingNo, problem).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }
}
