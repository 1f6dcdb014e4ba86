package io.gongkai.commons.testing.contract;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/** What the contract check leaves out, each with its reason. Keep this list short. */
final class Exemptions {

    private Exemptions() {
    }

    /** Whether an exchange is checked at all. */
    static boolean validated(String path) {
        // the operational endpoints (health, metrics, the document itself) are Quarkus', not in the API document
        return !path.startsWith("/q/");
    }

    static LevelResolver.Builder levels(LevelResolver.Builder levels) {
        return levels
                // a path or method no operation has: the router's 404/405 problem answers (ServiceConventionsTest checks them)
                .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE);
    }
}
