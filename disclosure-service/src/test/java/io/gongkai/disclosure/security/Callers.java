package io.gongkai.disclosure.security;

import io.gongkai.commons.testing.Tokens;
import java.util.Map;

/**
 * Tokens of callers that are not staff, shaped as the gateway forwards them: an API key's subject is
 * "key:{key id}" with its scopes in "groups"; a campus sign-on user keeps the identity provider's subject.
 */
public final class Callers {

    private Callers() {
    }

    /** An API key without a source (a dashboard vendor's, a portal's) and its scopes. */
    public static String apiKey(String id, String... scopes) {
        return Tokens.forSubject("key:" + id, Map.of(), scopes);
    }

    /** A source system's API key: scopes plus the source it pushes as. */
    public static String sourceKey(String source, String... scopes) {
        return Tokens.forSubject("key:" + source + "-key", Map.of("source", source), scopes);
    }

    /** A student or employee signed on with the campus identity provider (no staff role). */
    public static String campusUser(String subject) {
        return Tokens.forSubject(subject, Map.of());
    }
}
