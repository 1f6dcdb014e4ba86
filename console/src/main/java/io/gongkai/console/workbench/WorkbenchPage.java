package io.gongkai.console.workbench;

import io.gongkai.console.api.ApiViews;
import io.gongkai.console.api.ConsoleApi;
import io.gongkai.console.session.Session;
import io.gongkai.console.session.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * 工作台: the signed-in person's requests by urgency (overdue, due within N working days, waiting for the applicant),
 * each with its due date and working days left; requests nobody has taken yet; petitions overdue and petitions to
 * assign to a unit. A handler sees their own requests ("mine": the list API's handler filter, by user name); the office
 * head and auditors see everyone's. Petitions have units, not handlers, so their sections are the office's.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WorkbenchPage {

    private static final int MANY = 50;

    public record RequestRow(ApiViews.RequestSummary r, WorkingDays.Urgency urgency) {
    }

    public record PetitionRow(ApiViews.PetitionSummary p, WorkingDays.Urgency urgency) {
    }

    public record Queues(List<RequestRow> overdue, List<RequestRow> dueSoon, List<RequestRow> waiting, List<RequestRow> unassigned,
                         List<PetitionRow> petitionsOverdue, List<PetitionRow> petitionsToAssign) {
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance workbench(Session person, boolean mine, int dueSoonDays, Queues queues);
    }

    private final ConsoleApi api;
    private final SignedIn signedIn;
    private final WorkingDays workingDays;
    private final int dueSoonDays;

    public WorkbenchPage(@RestClient ConsoleApi api, SignedIn signedIn, WorkingDays workingDays,
                         @ConfigProperty(name = "gongkai.console.due-soon-working-days") int dueSoonDays) {
        this.api = api;
        this.signedIn = signedIn;
        this.workingDays = workingDays;
        this.dueSoonDays = dueSoonDays;
    }

    @GET
    public TemplateInstance workbench(@QueryParam("scope") String scope) {
        Session person = signedIn.session();
        if (!person.works() && !person.auditor()) {
            return Templates.workbench(person, false, dueSoonDays, null);
        }
        // a handler starts with their own; the office head and auditors with everyone's
        boolean mine = "mine".equals(scope) || (scope == null && "handler".equals(person.role()));
        String handler = mine ? person.username() : null;
        List<RequestRow> overdue = requests(api.requests(null, true, null, null, handler, null, null, null, null, MANY).items());
        List<RequestRow> dueSoon = requests(api.requests(null, false, dueSoonDays, null, handler, null, null, null, null, MANY).items());
        List<RequestRow> waiting = requests(Stream.concat(
                api.requests("AWAITING_CLARIFICATION", null, null, null, handler, null, null, null, null, MANY).items().stream(),
                api.requests("AWAITING_FEE", null, null, null, handler, null, null, null, null, MANY).items().stream()).toList());
        // the list API has no "unassigned" filter yet: the newest received and accepted ones without a handler
        List<RequestRow> unassigned = requests(Stream.concat(
                api.requests("RECEIVED", null, null, null, null, null, null, null, null, MANY).items().stream(),
                api.requests("ACCEPTED", null, null, null, null, null, null, null, null, MANY).items().stream())
                .filter(r -> r.handler() == null).toList());
        List<PetitionRow> petitionsOverdue = petitions(api.petitions(null, true, null, null, null, MANY).items().stream()
                .filter(p -> !"REPLIED".equals(p.status()) && !"CLOSED".equals(p.status())).toList());
        List<PetitionRow> petitionsToAssign = petitions(api.petitions("RECEIVED", null, null, null, null, MANY).items());
        return Templates.workbench(person, mine, dueSoonDays,
                new Queues(overdue, dueSoon, waiting, unassigned, petitionsOverdue, petitionsToAssign));
    }

    private List<RequestRow> requests(List<ApiViews.RequestSummary> items) {
        List<RequestRow> rows = new ArrayList<>();
        for (ApiViews.RequestSummary s : items) {
            rows.add(new RequestRow(s, workingDays.urgency(s.dueDate(), s.overdue())));
        }
        rows.sort(Comparator.comparing((RequestRow row) -> row.r().dueDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private List<PetitionRow> petitions(List<ApiViews.PetitionSummary> items) {
        return items.stream().filter(Objects::nonNull).map(p -> new PetitionRow(p, workingDays.urgency(p.dueDate(), p.overdue())))
                .sorted(Comparator.comparing((PetitionRow row) -> row.p().dueDate(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
