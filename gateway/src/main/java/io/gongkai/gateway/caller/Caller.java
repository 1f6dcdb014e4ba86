package io.gongkai.gateway.caller;

import java.util.Set;

/**
 * Who is calling, as the gateway established it: what the forwarded token will say and what the
 * gateway itself enforces (rate limit, write permission).
 *
 * @param id       account id, key id or SSO subject; null for the public
 * @param upn      the person's name (username) for staff and SSO users, else null
 * @param tokenEpoch the account epoch a staff login token was issued in (see AccountStatus)
 */
public record Caller(Kind kind, String id, Set<String> groups, String source, String unit, int ratePerMinute,
                     String upn, int tokenEpoch) {

    /** A caller whose token has no account epoch (keys, campus sign-on, the public). */
    public Caller(Kind kind, String id, Set<String> groups, String source, String unit, int ratePerMinute, String upn) {
        this(kind, id, groups, source, unit, ratePerMinute, upn, 0);
    }

    public enum Kind { ANONYMOUS, API_KEY, STAFF, SSO }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, Set.of(), null, null, 0, null);

    /** A key may only write when one of its scopes is a write scope ("items:write"); people are checked by the services. */
    public boolean mayWrite() {
        return kind != Kind.API_KEY || groups.stream().anyMatch(g -> g.endsWith(":write"));
    }

    /** The name of the caller in logs: never a secret. */
    public String logId() {
        return switch (kind) {
            case ANONYMOUS -> "-";
            case API_KEY -> "key:" + id;
            case STAFF -> "staff:" + id;
            case SSO -> "sso:" + id;
        };
    }
}
