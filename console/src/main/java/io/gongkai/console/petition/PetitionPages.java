package io.gongkai.console.petition;

import io.gongkai.console.api.ApiProblem;
import io.gongkai.console.api.ApiViews;
import io.gongkai.console.api.ConsoleApi;
import io.gongkai.console.page.Choices;
import io.gongkai.console.page.FormFailure;
import io.gongkai.console.page.Labels;
import io.gongkai.console.page.PageProblem;
import io.gongkai.console.page.Redirect;
import io.gongkai.console.session.Session;
import io.gongkai.console.session.SignedIn;
import io.gongkai.console.workbench.WorkingDays;
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
 * 信访: the petitions list (status, overdue, channel, year; paged) and the petition page with its steps: assign to a
 * unit (again until the reply), reply, close with the petitioner's satisfaction. Auditors read, with the contact
 * masked by the API, and are offered no step.
 */
@Path("/petitions")
@Produces(MediaType.TEXT_HTML)
public class PetitionPages {

    private static final int PAGE = 20;
    private static final List<String> STEPS = List.of("assign", "reply", "close");

    public record Row(ApiViews.PetitionSummary p, WorkingDays.Urgency urgency) {
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance petitions(List<Row> rows, Map<String, String> filter, String query, String next,
                                                 List<ApiViews.Named> channels, Choices choices);

        static native TemplateInstance petition(ApiViews.Petition p, String channel, String category, WorkingDays.Urgency urgency,
                                                List<String> steps,
                                                List<ApiViews.Named> units, FormFailure failed, String done, String refusal,
                                                Choices choices);
    }

    private final ConsoleApi api;
    private final SignedIn signedIn;
    private final WorkingDays workingDays;

    public PetitionPages(@RestClient ConsoleApi api, SignedIn signedIn, WorkingDays workingDays) {
        this.api = api;
        this.signedIn = signedIn;
        this.workingDays = workingDays;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                 @QueryParam("channel") String channel, @QueryParam("year") String year,
                                 @QueryParam("cursor") String cursor) {
        status = blankToNull(status);
        overdue = blankToNull(overdue);
        channel = blankToNull(channel);
        year = blankToNull(year);
        if (status != null && !Labels.PETITION_STATUS.containsKey(status)) {
            throw PageProblem.badFilter("没有这种状态");
        }
        if (overdue != null && !overdue.matches("true|false")) {
            throw PageProblem.badFilter("是否逾期只能选“是”或“否”");
        }
        if (channel != null && !channel.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw PageProblem.badFilter("没有这个渠道");
        }
        if (year != null && (!year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100)) {
            throw PageProblem.badFilter("年度须是 2000 到 2100 之间的四位年份");
        }
        if (cursor != null && (cursor.length() > 500 || !cursor.matches("[A-Za-z0-9_=-]*"))) {
            throw PageProblem.badFilter("翻页链接已失效");
        }
        ApiViews.PetitionPage page = api.petitions(status, overdue == null ? null : Boolean.valueOf(overdue), channel,
                year == null ? null : Integer.valueOf(year), blankToNull(cursor), PAGE);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("status", status);
        filter.put("overdue", overdue);
        filter.put("channel", channel);
        filter.put("year", year);
        StringBuilder query = new StringBuilder();
        filter.forEach((k, v) -> {
            if (v != null) {
                query.append(query.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        List<Row> rows = page.items().stream().map(p -> new Row(p, open(p.status()) ? workingDays.urgency(p.dueDate(), p.overdue())
                : new WorkingDays.Urgency(null, "", ""))).toList();
        return Templates.petitions(rows, filter, query.toString(), page.nextCursor(), api.petitionChannels(), Choices.ALL);
    }

    @GET
    @Path("/{trackingNo}")
    public TemplateInstance petition(@PathParam("trackingNo") String trackingNo, @QueryParam("done") String done) {
        return page(number(trackingNo), FormFailure.NONE, done != null && STEPS.contains(done) ? done : null);
    }

    @POST
    @Path("/{trackingNo}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("trackingNo") String trackingNo, @PathParam("step") String step, @RestForm String unit,
                         @RestForm String text, @RestForm String satisfaction, @RestForm String reason) {
        String number = number(trackingNo);
        if (!STEPS.contains(step)) {
            throw PageProblem.notFound();
        }
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "unit", unit);
        put(values, "text", text);
        put(values, "satisfaction", satisfaction);
        put(values, "reason", reason);
        Map<String, Object> body = new LinkedHashMap<>(values);
        try {
            api.petitionStep(number, step, body);
            return Redirect.to("/petitions/" + number + "?done=" + step + "#history").build();
        } catch (ClientWebApplicationException e) {
            FormFailure failed = FormFailure.of(step, name(step), values, ApiProblem.of(e));
            if (failed == null) {
                throw e;
            }
            return Response.status(failed.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(number, failed, null).render()).build();
        }
    }

    private TemplateInstance page(String number, FormFailure failed, String done) {
        ApiViews.Petition p = api.petition(number);
        Session person = signedIn.session();
        List<String> steps = !person.works() ? List.of() : switch (p.status()) {
            case "RECEIVED" -> List.of("assign");
            case "ASSIGNED" -> List.of("assign", "reply");
            case "REPLIED" -> List.of("close");
            default -> List.of();
        };
        List<ApiViews.Named> units = steps.contains("assign") ? api.units() : List.of();
        WorkingDays.Urgency urgency = open(p.status()) ? workingDays.urgency(p.dueDate(), p.overdue()) : new WorkingDays.Urgency(null, "", "");
        // a refusal of a step this page does not offer (any more) has no form to stand beside: it goes on top
        String refusal = failed.problem() != null && !steps.contains(failed.step()) ? failed.problem() : null;
        return Templates.petition(p, name(api.petitionChannels(), p.channel()), name(api.petitionCategories(), p.category()), urgency,
                steps, units, failed, done, refusal, Choices.ALL);
    }

    /** The Chinese name the API gives a channel's or category's code; the code itself when it has none. */
    private static String name(List<ApiViews.Named> names, String code) {
        return names.stream().filter(n -> n.code().equals(code)).map(ApiViews.Named::name).findFirst().orElse(code);
    }

    static String name(String step) {
        return switch (step) {
            case "assign" -> "分办";
            case "reply" -> "答复";
            case "close" -> "办结";
            default -> step;
        };
    }

    private static boolean open(String status) {
        return "RECEIVED".equals(status) || "ASSIGNED".equals(status);
    }

    private static String number(String trackingNo) {
        if (trackingNo == null || !trackingNo.matches("XF-\\d{4}-\\d{6}")) {
            throw PageProblem.notFound();
        }
        return trackingNo;
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
