package io.gongkai.gateway.caller;

/** A request the gateway answers itself with a problem, without calling a service. */
public class Refusal extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Long retryAfterSeconds;

    public Refusal(int status, String slug, String title, String detail, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Refusal unauthorized(String detail) {
        return new Refusal(401, "unauthorized", "Unauthorized", detail, null);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(403, "forbidden", "Forbidden", detail, null);
    }

    public static Refusal rateLimited(long retryAfterSeconds) {
        return new Refusal(429, "rate-limited", "Too many requests",
                "The rate limit is exhausted; retry after " + retryAfterSeconds + " s", retryAfterSeconds);
    }

    public static Refusal unavailable(String detail, long retryAfterSeconds) {
        return new Refusal(503, "unavailable", "Service unavailable", detail, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
