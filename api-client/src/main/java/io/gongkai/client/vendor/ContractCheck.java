package io.gongkai.client.vendor;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The gateway's answers against the merged document, as a client that checks them would see them: a set of
 * calls by each kind of caller (anonymous, read-only key, staff), successes and refusals, each answer validated
 * (status, headers, body) with swagger-request-validator, and each successful request too. It also checks that
 * the gateway serves at /q/openapi the operations of the build-time file.
 * <p>
 * usage: {@code ContractCheck <gateway-url> <merged-document.json>}, with GONGKAI_DEMO_READ_KEY,
 * GONGKAI_BOOTSTRAP_ADMIN_USER and GONGKAI_BOOTSTRAP_ADMIN_PASSWORD set. Prints one line per call, exits 1 when
 * one did not match.
 */
public final class ContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiInteractionValidator validator;
    private final String gateway;
    private int failed;
    private int passed;

    private ContractCheck(String gateway, String document) {
        this.gateway = gateway;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ContractCheck <gateway-url> <merged-document.json>");
        }
        String document = Files.readString(Path.of(args[1]));
        ContractCheck check = new ContractCheck(args[0], document);
        check.run(document);
        System.out.println("contract: " + check.passed + " passed, " + check.failed + " failed");
        System.exit(check.failed == 0 ? 0 : 1);
    }

    private void run(String document) throws Exception {
        String readKey = env("GONGKAI_DEMO_READ_KEY");
        Map<String, String> anonymous = Map.of();
        Map<String, String> dashboard = Map.of("X-Api-Key", readKey);
        Map<String, String> json = Map.of("Content-Type", "application/json");

        String login = "{\"username\":\"" + env("GONGKAI_BOOTSTRAP_ADMIN_USER") + "\",\"password\":\""
                + env("GONGKAI_BOOTSTRAP_ADMIN_PASSWORD") + "\"}";
        HttpResponse<String> token = call("POST", "/api/v1/auth/token", json, login, 200);
        String bearer = JSON.readTree(token.body()).path("accessToken").asText();
        Map<String, String> staff = Map.of("Authorization", "Bearer " + bearer);

        // the public
        call("GET", "/api/v1/auth", anonymous, null, 200);
        call("GET", "/api/v1/items?limit=5", anonymous, null, 200);
        call("GET", "/api/v1/items?q=" + encode("招生") + "&limit=3&facets=true", anonymous, null, 200);
        call("GET", "/api/v1/channels", anonymous, null, 200);
        call("GET", "/api/v1/units", anonymous, null, 200);
        call("GET", "/api/v1/checklist", anonymous, null, 200);
        call("GET", "/api/v1/checklist/coverage?year=2022", anonymous, null, 200);
        call("GET", "/api/v1/calendar/2022", anonymous, null, 200);
        call("GET", "/api/v1/petition-channels", anonymous, null, 200);
        call("GET", "/api/v1/stats/summary?year=2022", anonymous, null, 200);
        call("GET", "/api/v1/items/" + UUID.randomUUID(), anonymous, null, 404);
        call("GET", "/api/v1/items?limit=0", anonymous, null, 400);
        call("POST", "/api/v1/items", json, "{\"title\":\"x\",\"unit\":\"ADMISSIONS\"}", 401);
        call("GET", "/api/v1/admin/api-keys", anonymous, null, 401);
        // a dashboard with its read-only key
        call("GET", "/api/v1/stats/channels?year=2022", dashboard, null, 200);
        call("GET", "/api/v1/items?limit=3", dashboard, null, 200);
        call("GET", "/api/v1/stats/channels?year=2022", Map.of("X-Api-Key", "gk_made_up_secret"), null, 401);
        call("PUT", "/api/v1/stats/metrics", merge(dashboard, json),
                "{\"channel\":\"EXTERNAL_MEDIA\",\"period\":\"AY2030\",\"count\":5,\"source\":\"news-office\"}", 403);
        // staff
        call("GET", "/api/v1/items?status=DRAFT&limit=3", staff, null, 200);
        call("GET", "/api/v1/requests?limit=3", staff, null, 200);
        call("GET", "/api/v1/admin/api-keys", staff, null, 200);
        call("GET", "/api/v1/admin/accounts", staff, null, 200);
        call("GET", "/api/v1/admin/api-keys/" + UUID.randomUUID(), staff, null, 404);

        JsonNode served = JSON.readTree(call("GET", "/q/openapi?format=json", anonymous, null, 200).body());
        TreeSet<String> built = operations(JSON.readTree(document));
        TreeSet<String> live = operations(served);
        report("GET /q/openapi names the operations of the build-time document", built.equals(live),
                "only built: " + diff(built, live) + ", only served: " + diff(live, built));
    }

    /** Sends a call, checks its status, and validates the exchange against the document (not /q/openapi itself). */
    private HttpResponse<String> call(String method, String target, Map<String, String> headers, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + target)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String what = method + " " + target + " -> " + response.statusCode();
        List<String> problems = new ArrayList<>();
        if (response.statusCode() != expected) {
            problems.add("expected " + expected);
        }
        if (!target.startsWith("/q/")) {
            URI uri = URI.create(gateway + target);
            SimpleRequest.Builder asked = new SimpleRequest.Builder(method, uri.getRawPath());
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    asked.withQueryParam(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
                }
            }
            headers.forEach(asked::withHeader);
            if (body != null) {
                asked.withBody(body);
            }
            Request req = asked.build();
            SimpleResponse.Builder answered = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
            response.headers().map().forEach((name, values) -> answered.withHeader(name, values));
            ValidationReport report = validator.validateResponse(req.getPath(), req.getMethod(), answered.build());
            if (response.statusCode() < 400) {
                report = report.merge(validator.validateRequest(req));
            }
            report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> problems.add(m.getKey() + ": " + m.getMessage()));
        }
        report(what, problems.isEmpty(), String.join("\n       ", problems)
                + "\n       answer: " + abbreviate(response.body()));
        return response;
    }

    private void report(String what, boolean ok, String why) {
        if (ok) {
            passed++;
            System.out.println("ok   contract: " + what);
        } else {
            failed++;
            System.out.println("FAIL contract: " + what + "\n       " + why);
        }
    }

    private static TreeSet<String> operations(JsonNode document) {
        TreeSet<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey()));
        }
        return operations;
    }

    private static String diff(TreeSet<String> a, TreeSet<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (source .data/demo-credentials.env)");
        }
        return value;
    }
}
