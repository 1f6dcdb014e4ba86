package io.gongkai.commons.testing.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.RawExchange;
import io.gongkai.commons.testing.RawExchange.Answer;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of every GET operation of the service's own document, given a blank value and the values its
 * schema rules out: 400 problem+json naming the parameter (404 for a path segment that names nothing); and given
 * hostile values (raw %, NUL, CRLF, injection strings, 7,000 characters): an answer within 2 s, never a 5xx, an
 * empty body or a 4xx that is not problem+json. The other required parameters take their documented examples.
 * A module runs it by extending it with {@code @QuarkusTest}; {@link #headers(String)} says who asks.
 */
public abstract class ParameterSweepTest {

    private static final long SLOWEST_MILLIS = 2000;

    /** The headers of the request for an operation's path (a token allowed to read it); by default none. */
    protected Map<String, String> headers(String path) {
        return Map.of();
    }

    @Test
    void malformedParametersAre400ProblemsNamingThem() {
        List<String> findings = new ArrayList<>();
        int[] sent = {0};
        sweep((operation, parameter, in) -> {
            String path = operation.path();
            for (String[] value : ParameterValues.malformed(parameter)) {
                String name = (String) parameter.get("name");
                Answer r = send(operation, parameter, value[0]);
                sent[0]++;
                String what = "GET " + path + " " + in + " " + name + "=" + abbreviate(value[0]) + " (" + value[1] + ")";
                boolean segment = "path".equals(in);
                boolean statusOk = r.status() == 400 || (segment && r.status() == 404);
                if (!statusOk || !isProblem(r)) {
                    findings.add(what + " -> " + r.status() + " " + r.header("Content-Type") + " " + abbreviate(r.body()));
                } else if (r.status() == 400 && !r.body().contains(name)) {
                    findings.add(what + " -> 400 that does not name the parameter: " + abbreviate(r.body()));
                }
            }
        });
        assertTrue(findings.isEmpty(), findings.size() + " of " + sent[0] + " requests:\n" + String.join("\n", findings));
    }

    @Test
    void hostileParametersGetAQuickAnswerNeverAServerError() {
        List<String> findings = new ArrayList<>();
        int[] sent = {0};
        sweep((operation, parameter, in) -> {
            String path = operation.path();
            for (String[] value : ParameterValues.fuzz()) {
                long started = System.nanoTime();
                Answer r = send(operation, parameter, value[0]);
                long millis = (System.nanoTime() - started) / 1_000_000;
                sent[0]++;
                String what = "GET " + path + " " + in + " " + parameter.get("name") + " (" + value[1] + ")";
                if (r.status() >= 500 || r.body().isEmpty() || (r.status() >= 400 && !isProblem(r))) {
                    findings.add(what + " -> " + r.status() + " " + r.header("Content-Type") + " " + abbreviate(r.body()));
                } else if (millis > SLOWEST_MILLIS) {
                    findings.add(what + " took " + millis + " ms");
                }
            }
        });
        assertTrue(findings.isEmpty(), findings.size() + " of " + sent[0] + " requests:\n" + String.join("\n", findings));
    }

    private interface Probe {
        void accept(Operation operation, Map<String, Object> parameter, String in);
    }

    @SuppressWarnings("unchecked")
    private void sweep(Probe probe) {
        Map<String, Object> doc = OpenApiDocumentConventionsTest.document();
        Map<String, Object> paths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) path.getValue()).get("get");
            if (get == null) {
                continue;
            }
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.getOrDefault("parameters", List.of());
            Operation operation = new Operation(path.getKey(), parameters);
            for (Map<String, Object> p : parameters) {
                String in = (String) p.get("in");
                if ("query".equals(in) || "path".equals(in)) {
                    probe.accept(operation, p, in);
                }
            }
        }
    }

    private record Operation(String path, List<Map<String, Object>> parameters) {
    }

    /** The operation's URL with {@code parameter} set to {@code encoded} and every other required one to its example. */
    private Answer send(Operation operation, Map<String, Object> parameter, String encoded) {
        String url = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>(headers(operation.path()));
        for (Map<String, Object> p : operation.parameters()) {
            if ("header".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required"))) {
                headers.putIfAbsent((String) p.get("name"), String.valueOf(ParameterValues.example(p)));
                continue;
            }
            boolean swept = p.get("name").equals(parameter.get("name")) && p.get("in").equals(parameter.get("in"));
            String value = swept ? encoded : Boolean.TRUE.equals(p.get("required")) || "path".equals(p.get("in"))
                    ? ParameterValues.encode(String.valueOf(ParameterValues.example(p))) : null;
            if (value == null) {
                continue;
            }
            if ("path".equals(p.get("in"))) {
                url = url.replace("{" + p.get("name") + "}", value);
            } else if ("query".equals(p.get("in"))) {
                query.put((String) p.get("name"), value);
            }
        }
        StringBuilder target = new StringBuilder(url);
        char separator = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            target.append(separator).append(q.getKey()).append('=').append(q.getValue());
            separator = '&';
        }
        // on the wire as written: the values break the document on purpose, and some (a raw %) no URI class accepts
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        return RawExchange.send(RestAssured.port, request.toString());
    }

    private static boolean isProblem(Answer r) {
        String type = r.header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
