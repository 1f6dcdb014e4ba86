package io.gongkai.commons.web;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemResponses;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The request target as nginx and Tomcat read it: raw UTF-8 bytes (what curl sends for
 * {@code ?q=招生}) are accepted and re-addressed percent-encoded, so that every later reader (router,
 * REST layer, the gateway's forwarding) sees a plain RFC 3986 target; a broken escape, bytes that are
 * not UTF-8, a control character or a CONNECT is a 400/405 problem+json with a request id.
 *
 * <p>Quarkus' own check ({@code new URI(target)}, before any filter) answers such targets with an empty
 * 400, so every service starts with {@code -Dvertx.disableURIValidation=true}; this filter is the check
 * that replaces it.
 */
@ApplicationScoped
public class RequestTargets {

    static final String QUARKUS_VALIDATION_OFF = "vertx.disableURIValidation";
    private static final Logger LOG = Logger.getLogger(RequestTargets.class);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final ProblemResponses problems;

    public RequestTargets(ProblemResponses problems) {
        this.problems = problems;
    }

    void onStart(@Observes StartupEvent event) {
        if (!Boolean.getBoolean(QUARKUS_VALIDATION_OFF)) {
            LOG.warnf("Started without -D%s=true: Quarkus refuses raw UTF-8 request targets with an empty 400",
                    QUARKUS_VALIDATION_OFF);
        }
    }

    void register(@Observes Filters filters) {
        // first of all filters: a re-addressed request runs them all again, on its clean target
        filters.register(this::check, 3000);
    }

    void check(RoutingContext rc) {
        if (rc.request().method() == HttpMethod.CONNECT) {
            refuse(rc, 405, "method-not-allowed", "Method Not Allowed", "CONNECT is not served here (this is no proxy)");
            return;
        }
        String target = rc.request().uri();
        String reason = problem(target);
        if (reason != null) {
            refuse(rc, 400, "bad-request-target", "Bad request", "The request target is not valid: " + reason);
            return;
        }
        if (hasRawBytes(target)) {
            if (target.charAt(0) != '/') {
                // an absolute-form target ("GET http://host/...") cannot be re-addressed: the router takes paths only
                refuse(rc, 400, "bad-request-target", "Bad request", "The request target is not valid: "
                        + "raw bytes in an absolute-form target (send the path, percent-encoded)");
                return;
            }
            rc.reroute(rc.request().method(), percentEncoded(target));
            return;
        }
        rc.next();
    }

    /**
     * Why a target is refused, or null. Netty hands the target over as one char per byte, so a char
     * above 0x7f is a raw byte: raw bytes and escapes together must spell UTF-8.
     */
    static String problem(String target) {
        if (target == null || target.isEmpty()) {
            return "empty";
        }
        boolean needsDecoding = false;
        int n = target.length();
        for (int i = 0; i < n; i++) {
            char c = target.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return "control character or space at position " + i;
            }
            if (c > 0xff) {
                return "character outside a byte at position " + i;
            }
            if (c == '%') {
                if (i + 2 >= n || Character.digit(target.charAt(i + 1), 16) < 0 || Character.digit(target.charAt(i + 2), 16) < 0) {
                    return "'%' not followed by two hex digits at position " + i;
                }
                needsDecoding = true;
                i += 2;
            } else if (c > 0x7f) {
                needsDecoding = true;
            }
        }
        return needsDecoding && !isUtf8(bytesOf(target)) ? "not UTF-8 (raw or percent-encoded bytes)" : null;
    }

    static boolean hasRawBytes(String target) {
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) > 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Each raw byte as %XX; everything else as it was. */
    static String percentEncoded(String target) {
        StringBuilder out = new StringBuilder(target.length() * 2);
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c > 0x7f) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The bytes a (valid) target stands for: raw bytes as they are, escapes decoded. */
    private static byte[] bytesOf(String target) {
        ByteBuffer bytes = ByteBuffer.allocate(target.length());
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                bytes.put((byte) (Character.digit(target.charAt(i + 1), 16) << 4 | Character.digit(target.charAt(i + 2), 16)));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        byte[] result = new byte[bytes.position()];
        bytes.flip().get(result);
        return result;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private void refuse(RoutingContext rc, int status, String slug, String title, String detail) {
        String id = RequestIds.assign(rc.request(), rc.response());
        // the path as Vert.x read it may itself be what is broken: the problem names no instance then
        String body = problems.prepare(rc.request(), rc.response(),
                new Problem(Problem.TYPE_BASE + slug, title, status, detail, null, id, List.of()));
        rc.response().putHeader("Connection", "close")
                .end(body)
                .onComplete(done -> rc.request().connection().close());
    }
}
