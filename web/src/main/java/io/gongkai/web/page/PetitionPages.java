package io.gongkai.web.page;

import io.gongkai.web.api.ApiProblem;
import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicApi;
import io.gongkai.web.api.PublicReads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 信访/意见箱 and 评议: writing to a mailbox (contact optional: anonymous feedback is allowed), following the letter
 * by number and code like a request, and rating the disclosure work.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PetitionPages {

    /** The petition form as posted (and shown again with its errors). */
    public record PetitionForm(String channel, String category, String subject, String content, String name, String phone,
                               String email, String idempotencyKey) {
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance petition(List<ApiViews.PetitionChannel> channels, List<ApiViews.Named> categories,
                                                PetitionForm form, Map<String, String> errors, String problem);

        static native TemplateInstance petitioned(ApiViews.PetitionSubmitted submitted);

        static native TemplateInstance petitionFollow(String trackingNo, String problem);

        static native TemplateInstance petitionFollowed(ApiViews.PetitionForPetitioner petition, Names.Snapshot names);

        static native TemplateInstance evaluate(Map<String, String> errors, String rating, String comment);

        static native TemplateInstance evaluated(ApiViews.EvaluationReceived received);
    }

    private final PublicApi api;
    private final PublicReads reads;
    private final Names names;

    public PetitionPages(@RestClient PublicApi api, PublicReads reads, Names names) {
        this.api = api;
        this.reads = reads;
        this.names = names;
    }

    @GET
    @Path("petition")
    public TemplateInstance petitionForm() {
        return Templates.petition(mailboxes(), reads.petitionCategories(),
                new PetitionForm(null, null, null, null, null, null, null, UUID.randomUUID().toString()), Map.of(), null);
    }

    @POST
    @Path("petition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response petition(@RestForm String channel, @RestForm String category, @RestForm String subject,
                             @RestForm String content, @RestForm String name, @RestForm String phone, @RestForm String email,
                             @RestForm String idempotencyKey) {
        PetitionForm form = new PetitionForm(channel, category, subject, content, name, phone, email,
                idempotencyKey != null && idempotencyKey.matches("[0-9a-f-]{36}") ? idempotencyKey : UUID.randomUUID().toString());
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "channel", channel);
        put(body, "category", category);
        put(body, "subject", subject);
        put(body, "content", content);
        Map<String, Object> contact = new LinkedHashMap<>();
        put(contact, "name", name);
        put(contact, "phone", phone);
        put(contact, "email", email);
        if (!contact.isEmpty()) {
            body.put("contact", contact);
        }
        try {
            ApiViews.PetitionSubmitted submitted = api.submitPetition(form.idempotencyKey(), body);
            return Response.ok(Templates.petitioned(submitted).render()).header("Cache-Control", "no-store").build();
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            if (problem.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            problem.fields().forEach((field, message) -> errors.put(field.startsWith("contact.") ? field.substring(8) : field, message));
            return html(400, Templates.petition(mailboxes(), reads.petitionCategories(), form, errors, "请更正以下标出的内容后再提交。"));
        }
    }

    @GET
    @Path("petition/follow")
    public TemplateInstance petitionFollowForm() {
        return Templates.petitionFollow(null, null);
    }

    @POST
    @Path("petition/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response petitionFollow(@RestForm String trackingNo, @RestForm String accessCode) {
        String number = trackingNo == null ? "" : trackingNo.strip().toUpperCase(Locale.ROOT);
        String code = accessCode == null ? "" : accessCode.strip();
        if (!number.matches("XF-\\d{4}-\\d{6}") || code.isEmpty() || code.length() > 100) {
            return html(400, Templates.petitionFollow(number, "请填写信件编号（如 XF-2022-000123）和提交时得到的查询码。"));
        }
        try {
            return Response.ok(Templates.petitionFollowed(api.petition(number, code), names.current()).render()).header("Cache-Control", "no-store").build();
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            return switch (problem.status()) {
                case 404, 400 -> html(404, Templates.petitionFollow(number, "信件编号或查询码不正确。请核对后重试（查询码不区分大小写，短横线可不输入）。"));
                case 429 -> html(429, Templates.petitionFollow(number, "查询过于频繁，请稍后再试。"));
                default -> throw e;
            };
        }
    }

    @GET
    @Path("evaluate")
    public TemplateInstance evaluateForm() {
        return Templates.evaluate(Map.of(), null, null);
    }

    @POST
    @Path("evaluate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response evaluate(@RestForm String rating, @RestForm String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (rating != null && rating.matches("[1-5]")) {
            body.put("rating", Integer.valueOf(rating));
        }
        put(body, "comment", comment);
        try {
            return Response.ok(Templates.evaluated(api.evaluate(body)).render()).build();
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            if (problem.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>(problem.fields());
            if (!body.containsKey("rating")) {
                errors.put("rating", "请选择 1 至 5 分");
            }
            return html(400, Templates.evaluate(errors, rating, comment));
        }
    }

    /** The mailboxes the public writes to online (the other channels are calls, visits and letters staff enter). */
    private List<ApiViews.PetitionChannel> mailboxes() {
        List<ApiViews.PetitionChannel> all = reads.petitionChannels().stream().filter(ApiViews.PetitionChannel::active).toList();
        List<ApiViews.PetitionChannel> mailboxes = all.stream().filter(c -> c.code().endsWith("MAILBOX")).toList();
        return mailboxes.isEmpty() ? all : mailboxes;
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
