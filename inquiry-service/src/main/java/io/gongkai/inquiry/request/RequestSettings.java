package io.gongkai.inquiry.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;

/** The limits of the statutory clock and of the applicant's access (docs/domain.md: settings, not constants). */
@ConfigMapping(prefix = "gongkai.requests")
public interface RequestSettings {

    /** working days to answer after the effective receipt */
    @WithDefault("15")
    int replyWorkingDays();

    /** the most working days the one extension may add */
    @WithDefault("15")
    int maxExtensionWorkingDays();

    @WithDefault("08:00")
    LocalTime officeOpens();

    @WithDefault("17:00")
    LocalTime officeCloses();

    /** working days the applicant has to clarify before the request is closed as abandoned */
    @WithDefault("15")
    int clarificationWorkingDays();

    /** working days the applicant has to pay a fee before the request is closed as unpaid */
    @WithDefault("15")
    int feePaymentWorkingDays();

    /** how often the job closes requests whose clarification or fee did not come ("off" to disable) */
    @WithDefault("1h")
    String sweepEvery();

    /** wrong access codes per tracking number in one window; beyond it a wrong code is a 429, the right one still opens */
    @WithDefault("5")
    int wrongCodeLimit();

    /** wrong access codes one client address may send in one window, whatever the numbers; beyond it every code waits */
    @WithDefault("20")
    int wrongCodesPerClient();

    @WithDefault("15M")
    Duration wrongCodeWindow();

    /** anonymous submissions (requests and petitions) one client address may make per hour */
    @WithDefault("30")
    int intakePerClientPerHour();
}
