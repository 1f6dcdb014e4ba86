package io.gongkai.console.request;

import io.gongkai.console.api.ApiProblem;
import io.gongkai.console.api.ApiViews;
import io.gongkai.console.api.ConsoleApi;
import io.gongkai.console.page.Choices;
import io.gongkai.console.page.Formats;
import io.gongkai.console.page.Labels;
import io.gongkai.console.page.PageProblem;
import io.gongkai.console.page.Redirect;
import io.gongkai.console.session.Session;
import io.gongkai.console.session.SignedIn;
import io.gongkai.console.workbench.WorkingDays;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * 依申请公开: the list with the API's filters (paged by its cursor, exported as CSV), and the request page: the applicant
 * as the API shows them to the person's role, what was asked, the clock day by day, the history, and one form per
 * step allowed now. A step the API refuses (400, 409, 403) comes back on the same page, beside its form, as typed.
 */
@Path("/requests")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    static final String TRACKING = "YSQ-\\d{4}-\\d{6}";
    private static final int PAGE = 20;

    /** A row of a list: the request and how urgent it is. */
    public record Row(ApiViews.RequestSummary r, WorkingDays.Urgency urgency) {
    }

    /** A step that failed: which, its form as typed, its field errors, and what the person should read. */
    public record Failed(String step, StepForm form, Map<String, String> errors, String problem) {
        static final Failed NONE = new Failed("", null, Map.of(), null);

        /** The error of {@code field} in the form of {@code ofStep}: none unless that is the form that failed. */
        public String errorOf(String ofStep, String field) {
            return step.equals(ofStep) ? errors.get(field) : null;
        }

        public String problemOf(String ofStep) {
            return step.equals(ofStep) ? problem : null;
        }
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance requests(List<Row> rows, RequestFilter filter, String next, Choices choices);

        static native TemplateInstance request(ApiViews.Request r, ApiViews.RequestClock clock, WorkingDays.Urgency urgency,
                                               List<String> steps, Map<String, StepForm> forms, Session person, Failed failed,
                                               String done, String refusal, Choices choices);
    }

    private final ConsoleApi api;
    private final SignedIn signedIn;
    private final WorkingDays workingDays;

    public RequestPages(@RestClient ConsoleApi api, SignedIn signedIn, WorkingDays workingDays) {
        this.api = api;
        this.signedIn = signedIn;
        this.workingDays = workingDays;
    }

    @GET
    public TemplateInstance list(@BeanParam RequestFilter filter) {
        filter.checked();
        ApiViews.RequestPage page = api.requests(filter.status, filter.overdueFlag(), filter.dueWithinDays(), filter.outcome,
                filter.handler, filter.yearNumber(), filter.fromDay(), filter.toDay(), filter.cursor, PAGE);
        return Templates.requests(rows(page.items()), filter, page.nextCursor(), Choices.ALL);
    }

    /** Every match of the filters, as the API exports it (text/csv; the file names no person). */
    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response export(@BeanParam RequestFilter filter) {
        filter.checked();
        byte[] csv = api.requestsCsv(filter.status, filter.overdueFlag(), filter.dueWithinDays(), filter.outcome, filter.handler,
                filter.yearNumber(), filter.fromDay(), filter.toDay());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"requests-" + LocalDate.now(Formats.ZONE) + ".csv\"").build();
    }

    @GET
    @Path("/{trackingNo}")
    public TemplateInstance request(@PathParam("trackingNo") String trackingNo, @QueryParam("done") String done) {
        return page(number(trackingNo), null, done != null && StepRules.ALL.contains(done) ? done : null);
    }

    @POST
    @Path("/{trackingNo}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("trackingNo") String trackingNo, @PathParam("step") String step, @BeanParam StepForm form) {
        String number = number(trackingNo);
        if (!StepRules.ALL.contains(step)) {
            throw PageProblem.notFound();
        }
        Map<String, String> unsendable = form.unsendable(step);
        if (!unsendable.isEmpty()) {
            return failed(400, number, new Failed(step, form, unsendable, "请更正标出的内容后再提交。"));
        }
        try {
            api.step(number, step, form.body(step));
            return Redirect.to("/requests/" + number + "?done=" + step + "#history").build();
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            String message = switch (problem.status()) {
                case 400, 422 -> "请更正标出的内容后再提交。" + (problem.fields().isEmpty() && problem.chineseDetail() != null
                        ? problem.chineseDetail() : "");
                case 409 -> "当前状态下不能" + StepRules.name(step) + "：可能已有其他人办理，或申请人的期限未到。请查看下方的最新状态。"
                        + (problem.chineseDetail() != null ? "（" + problem.chineseDetail() + "）" : "");
                case 403 -> step.equals("extend") ? "延期须经信息公开办公室负责人批准：您的账号不能办理延期。" : "您的账号不能办理这一步。";
                default -> null;
            };
            if (message == null) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            problem.fields().forEach((field, text) -> errors.merge(StepForm.formField(step, field), text, (a, b) -> a + "；" + b));
            return failed(problem.status() == 422 ? 400 : problem.status(), number, new Failed(step, form, errors, message));
        }
    }

    private Response failed(int status, String number, Failed failed) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(number, failed, null).render()).build();
    }

    private TemplateInstance page(String number, Failed failed, String done) {
        ApiViews.Request r = api.request(number);
        ApiViews.RequestClock clock = api.clock(number);
        Session person = signedIn.session();
        List<String> steps = StepRules.offered(r, person, LocalDate.now(Formats.ZONE));
        boolean open = steps.isEmpty() ? isOpen(r.status()) : true;
        WorkingDays.Urgency urgency = open ? workingDays.urgency(r.dueDate(), r.overdue()) : new WorkingDays.Urgency(null, "", "");
        Map<String, StepForm> forms = new LinkedHashMap<>();
        for (String step : steps) {
            boolean kept = failed != null && failed.step().equals(step);
            StepForm form = kept ? failed.form() : StepForm.blank();
            if (kept) {
                // as typed
            } else if (step.equals("assign")) {
                form.handler = person.username();
            } else if (step.equals("extend")) {
                form.approver = person.username();
                form.workingDays = "15";
            }
            forms.put(step, form);
        }
        // a refusal of a step this page does not offer (any more) has no form to stand beside: it goes on top
        String refusal = failed != null && !steps.contains(failed.step()) ? failed.problem() : null;
        return Templates.request(r, clock, urgency, steps, forms, person, failed == null ? Failed.NONE : failed, done, refusal,
                Choices.ALL);
    }

    private static boolean isOpen(String status) {
        return Labels.STATUS.containsKey(status) && !List.of("ANSWERED", "WITHDRAWN", "CLOSED").contains(status);
    }

    List<Row> rows(List<ApiViews.RequestSummary> items) {
        return items.stream().map(s -> new Row(s, isOpen(s.status()) ? workingDays.urgency(s.dueDate(), s.overdue())
                : new WorkingDays.Urgency(null, "", ""))).toList();
    }

    private static String number(String trackingNo) {
        if (trackingNo == null || !trackingNo.matches(TRACKING)) {
            throw PageProblem.notFound();
        }
        return trackingNo;
    }
}
