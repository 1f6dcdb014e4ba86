package io.gongkai.console.page;

import java.util.LinkedHashMap;
import java.util.Map;

/** The options of the forms' choice lists, code to Chinese name, in the order a person reads them. */
public record Choices(Map<String, String> statuses, Map<String, String> outcomes, Map<String, String> replyOutcomes,
                     Map<String, String> legalBases, Map<String, String> deliveryForms, Map<String, String> petitionStatuses,
                     Map<String, String> satisfactions, Map<String, String> caseKinds, Map<String, String> caseStatuses,
                     Map<String, String> caseResults, Map<String, String> lawsuitRoutes) {

    public static final Choices ALL = new Choices(Labels.STATUS, Labels.OUTCOME, replyable(), Labels.LEGAL_BASIS, Labels.DELIVERY_FORM,
            Labels.PETITION_STATUS, Labels.SATISFACTION, Labels.CASE_KIND, Labels.CASE_STATUS, Labels.CASE_RESULT, Labels.LAWSUIT_ROUTE);

    /** A handler replies with any outcome but the two that only closing a request gives. */
    private static Map<String, String> replyable() {
        Map<String, String> map = new LinkedHashMap<>(Labels.OUTCOME);
        map.remove("OTHER_NO_CLARIFICATION");
        map.remove("OTHER_NO_FEE");
        return map;
    }
}
