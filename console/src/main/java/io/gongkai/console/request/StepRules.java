package io.gongkai.console.request;

import io.gongkai.console.api.ApiViews;
import io.gongkai.console.session.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which steps of a request a page offers now: those inquiry-service's RequestLifecycle allows in the request's state,
 * for a person who may take them. Pure. The API still decides (a stale page gets its 409); this only keeps a form
 * that cannot succeed off the page. An auditor is offered none.
 */
public final class StepRules {

    /** Every step the console has a form for, in the order a request usually takes them. */
    public static final List<String> ALL = List.of("accept", "assign", "verify-identity", "ask-clarification", "clarified",
            "fee-notice", "fee-paid", "extend", "reply", "close", "withdraw");

    private static final Set<String> OPEN = Set.of("RECEIVED", "ACCEPTED", "AWAITING_CLARIFICATION", "EXTENDED", "AWAITING_FEE");

    private StepRules() {
    }

    public static List<String> offered(ApiViews.Request r, Session person, LocalDate today) {
        List<String> steps = new ArrayList<>();
        if (!person.works() || !OPEN.contains(r.status())) {
            return steps;
        }
        for (String step : ALL) {
            if (allowed(step, r, person, today)) {
                steps.add(step);
            }
        }
        return steps;
    }

    static boolean allowed(String step, ApiViews.Request r, Session person, LocalDate today) {
        String s = r.status();
        return switch (step) {
            case "accept" -> s.equals("RECEIVED");
            case "assign", "withdraw" -> OPEN.contains(s);
            case "verify-identity" -> OPEN.contains(s) && r.ownPersonalInformation() && !r.identityVerified();
            case "ask-clarification" -> s.equals("RECEIVED") || s.equals("ACCEPTED");
            case "clarified" -> s.equals("AWAITING_CLARIFICATION");
            case "extend" -> s.equals("ACCEPTED") && r.extension() == null && person.approvesExtensions();
            case "fee-notice" -> s.equals("ACCEPTED") || s.equals("EXTENDED");
            case "fee-paid" -> s.equals("AWAITING_FEE");
            case "reply" -> (s.equals("RECEIVED") || s.equals("ACCEPTED") || s.equals("EXTENDED"))
                    && (!r.ownPersonalInformation() || r.identityVerified());
            // only once the applicant's deadline has passed (the API's rule; a job does the same on its own)
            case "close" -> (s.equals("AWAITING_CLARIFICATION") || s.equals("AWAITING_FEE"))
                    && (r.waitingFor() == null || r.waitingFor().deadline() == null || today.isAfter(r.waitingFor().deadline()));
            default -> false;
        };
    }

    public static String name(String step) {
        return switch (step) {
            case "accept" -> "受理";
            case "assign" -> "分派承办人";
            case "verify-identity" -> "核实身份";
            case "ask-clarification" -> "要求补正";
            case "clarified" -> "登记补正";
            case "fee-notice" -> "收费通知";
            case "fee-paid" -> "登记缴费";
            case "extend" -> "延期答复";
            case "reply" -> "答复";
            case "close" -> "终止办理";
            case "withdraw" -> "登记撤回";
            default -> step;
        };
    }
}
