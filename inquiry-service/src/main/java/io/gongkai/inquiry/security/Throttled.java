package io.gongkai.inquiry.security;

import io.gongkai.commons.problem.ProblemException;
import java.time.Duration;

/** A 429 problem: a limit of the public forms or of wrong access codes is used up; Retry-After says for how long. */
public class Throttled extends ProblemException {

    private final long retryAfterSeconds;

    public Throttled(String title, String detail, Duration retryAfter) {
        super(429, "rate-limited", title, detail);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
