package io.gongkai.stats.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one disclosure request adds to the figures: received on a day by an applicant type (and sub-type
 * for organisations), and once it has ended, ended on a day with its outcome (WITHDRAWN when the applicant
 * withdrew it), the legal basis of a refusal, and the fee.
 */
public record RequestFact(UUID requestId, LocalDate receivedOn, String applicantType, String applicantSubType,
                          LocalDate endedOn, String outcome, String legalBasis, BigDecimal feeAmount, boolean feeWaived) {

    public static final String WITHDRAWN = "WITHDRAWN";

    public boolean ended() {
        return endedOn != null;
    }
}
