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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 依申请公开: the guide and the form, the confirmation that shows the tracking number and the access code once,
 * and the follow page (number + code, posted, never in a URL): status, due date, the clock day by day, the reply,
 * and what the applicant may do there: send the clarification asked for, withdraw the request, download the reply.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    /** States in which a request is still open, so the applicant may withdraw it. */
    static final Set<String> OPEN = Set.of("RECEIVED", "ACCEPTED", "AWAITING_CLARIFICATION", "EXTENDED", "AWAITING_FEE");
    static final int MAX_TEXT = 2000;
    static final String WRONG = "申请编号或查询码不正确。请核对后重试（查询码不区分大小写，短横线可不输入）。";

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance ask(RequestForm form, Map<String, String> errors, String problem);

        static native TemplateInstance asked(ApiViews.RequestSubmitted submitted);

        static native TemplateInstance follow(String trackingNo, String problem);

        static native TemplateInstance followed(ApiViews.RequestForApplicant request, ApiViews.RequestClock clock, String accessCode,
                                                boolean open, String notice, String problem, Map<String, String> errors,
                                                String clarification, String withdrawReason);
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
        Credentials who = Credentials.of(trackingNo, accessCode);
        if (who == null) {
            return refused(number(trackingNo), 400, "请填写申请编号（如 YSQ-2022-000123）和提交时得到的查询码。");
        }
        return attempt(who, () -> show(who, 200, null, null, Map.of(), null, null));
    }

    /** The clarification the office asked for, sent by the applicant: the count of working days starts again from it. */
    @POST
    @Path("follow/clarify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clarify(@RestForm String trackingNo, @RestForm String accessCode, @RestForm String clarification) {
        Credentials who = Credentials.of(trackingNo, accessCode);
        if (who == null) {
            return refused(number(trackingNo), 400, "请填写申请编号和查询码后再操作。");
        }
        String text = clarification == null ? "" : clarification.strip();
        return attempt(who, () -> {
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                return show(who, 400, null, "请更正以下标出的内容后再提交。",
                        Map.of("clarification", text.isEmpty() ? "请填写补正的内容" : "补正内容不能超过 " + MAX_TEXT + " 个字"), text, null);
            }
            try {
                api.clarify(who.number(), who.code(), Map.of("reason", text));
            } catch (ClientWebApplicationException e) {
                return actionRefused(who, e, "此申请当前不需要补正，或已经补正。", text, null);
            }
            return show(who, 200, "补正内容已提交。答复期限从补正之日起重新计算，见下方。", null, Map.of(), null, null);
        });
    }

    /** The applicant withdraws the request, after ticking that they mean it. */
    @POST
    @Path("follow/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestForm String trackingNo, @RestForm String accessCode, @RestForm String confirm,
                             @RestForm String reason) {
        Credentials who = Credentials.of(trackingNo, accessCode);
        if (who == null) {
            return refused(number(trackingNo), 400, "请填写申请编号和查询码后再操作。");
        }
        String why = reason == null ? "" : reason.strip();
        return attempt(who, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            if (!"yes".equals(confirm)) {
                errors.put("confirm", "请勾选“我确认撤回此申请”");
            }
            if (why.length() > MAX_TEXT) {
                errors.put("withdrawReason", "撤回原因不能超过 " + MAX_TEXT + " 个字");
            }
            if (!errors.isEmpty()) {
                return show(who, 400, null, "申请没有撤回。请更正以下标出的内容。", errors, null, why);
            }
            try {
                api.withdraw(who.number(), who.code(), why.isEmpty() ? Map.of() : Map.of("reason", why));
            } catch (ClientWebApplicationException e) {
                return actionRefused(who, e, "此申请已办结，不能再撤回。", null, why);
            }
            return show(who, 200, "申请已撤回。", null, Map.of(), null, null);
        });
    }

    /** The reply as a text file, to keep. */
    @POST
    @Path("follow/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/plain")
    public Response reply(@RestForm String trackingNo, @RestForm String accessCode) {
        Credentials who = Credentials.of(trackingNo, accessCode);
        if (who == null) {
            return refused(number(trackingNo), 400, "请填写申请编号和查询码后再操作。");
        }
        return attempt(who, () -> {
            ApiViews.RequestForApplicant request = api.request(who.number(), who.code());
            if (request.reply() == null) {
                return show(who, 404, null, "此申请还没有答复，答复后即可下载。", Map.of(), null, null);
            }
            String file = "答复-" + request.trackingNo() + ".txt";
            return Response.ok(ReplyText.of(request), "text/plain; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"reply-" + request.trackingNo() + ".txt\"; filename*=UTF-8''"
                            + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
                    .header("Cache-Control", "no-store").build();
        });
    }

    /** A tracking number and access code as typed, checked for shape before any call. */
    record Credentials(String number, String code) {
        static Credentials of(String trackingNo, String accessCode) {
            String number = RequestPages.number(trackingNo);
            String code = accessCode == null ? "" : accessCode.strip();
            return !number.matches("YSQ-\\d{4}-\\d{6}") || code.isEmpty() || code.length() > 100 ? null : new Credentials(number, code);
        }
    }

    private static String number(String trackingNo) {
        return trackingNo == null ? "" : trackingNo.strip().toUpperCase(Locale.ROOT);
    }

    private Response show(Credentials who, int status, String notice, String problem, Map<String, String> errors, String clarification,
                          String withdrawReason) {
        ApiViews.RequestForApplicant request = api.request(who.number(), who.code());
        ApiViews.RequestClock clock = api.clock(who.number(), who.code());
        return Response.status(status).entity(Templates.followed(request, clock, who.code(), OPEN.contains(request.status()), notice,
                        problem, errors, clarification, withdrawReason).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    /** An action the API refused: a state that no longer allows it (409) shows the page as it now is, with why. */
    private Response actionRefused(Credentials who, ClientWebApplicationException e, String conflict, String clarification,
                                   String withdrawReason) {
        ApiProblem problem = ApiProblem.of(e);
        return switch (problem.status()) {
            case 409 -> show(who, 409, null, conflict, Map.of(), clarification, withdrawReason);
            case 400 -> show(who, 400, null, "请更正以下标出的内容后再提交。",
                    Map.of(clarification != null ? "clarification" : "withdrawReason",
                            problem.fields().isEmpty() ? "内容不符合要求" : String.join("；", problem.fields().values())),
                    clarification, withdrawReason);
            default -> throw e;
        };
    }

    /** Calls with an access code: a wrong code and an unknown number look the same, as they do in the API. */
    private Response attempt(Credentials who, java.util.function.Supplier<Response> call) {
        try {
            return call.get();
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            return switch (problem.status()) {
                case 404, 400 -> refused(who.number(), 404, WRONG);
                case 429 -> refused(who.number(), 429, "查询过于频繁，请" + (problem.retryAfter() == null ? "稍后" : problem.retryAfter() + "秒后")
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
