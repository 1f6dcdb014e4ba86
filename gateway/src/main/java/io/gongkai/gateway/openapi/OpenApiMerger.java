package io.gongkai.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the OpenAPI documents of the services (and the gateway's own) into one: paths side by side,
 * components that are identical kept once, components (schemas, responses, headers...) that share a name but
 * differ renamed with the service's name as prefix (and every $ref to them rewritten), the gateway's security schemes declared, and the
 * gateway as the only server. Every routed operation also gets what the gateway itself adds in front of
 * the service: the API key next to the bearer token, and the answers the gateway gives without asking the
 * service (400, 401, 403 to writes, 413 to bodies, 429, 503, 504). Pure: no I/O, so tests can feed it the
 * real documents.
 */
public final class OpenApiMerger {

    /** The name of the gateway's own document among the sources: its operations are not routed. */
    public static final String GATEWAY = "gateway";
    public static final String JWT_SCHEME = "jwt";
    public static final String API_KEY_SCHEME = "apiKey";
    public static final String RATE_LIMITED = "RateLimited";
    public static final String GATEWAY_TIMEOUT = "GatewayTimeout";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COMPONENTS_REF = "#/components/";
    private static final String SCHEMA_REF = COMPONENTS_REF + "schemas/";
    /** The kinds of components merged, each after the kinds its members may name. */
    private static final List<String> KINDS = List.of("schemas", "examples", "headers", "parameters", "requestBodies",
            "responses", "links", "callbacks", "pathItems");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private OpenApiMerger() {
    }

    /** One input document and the name of the service it describes ({@link #GATEWAY} for the gateway's own). */
    public record Source(String service, JsonNode document) {
    }

    public static ObjectNode merge(List<Source> sources, String serverUrl, List<String> missing) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", version(sources));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Gongkai API");
        info.put("version", "1.0");
        info.put("description", "All services of Gongkai (公开) behind the gateway. Staff: `Authorization: Bearer <token>` "
                + "from POST /api/v1/auth/token. Systems and dashboards: `Authorization: ApiKey <secret>` or `X-Api-Key: <secret>`. "
                + "Every routed operation may also get the gateway's own answers: 401 for a credential it does not accept, "
                + "403 for a write with a read-only key or a browser origin that CORS does not allow, 429 when the key's (or, for anonymous writes, the address's) rate "
                + "limit is spent, 503 when the service cannot be reached and 504 when it does not answer in time.");
        if (!missing.isEmpty()) {
            ArrayNode list = info.putArray("x-missing-services");
            missing.forEach(list::add);
        }
        merged.putArray("servers").addObject().put("url", serverUrl).put("description", "the Gongkai gateway");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        Map<String, JsonNode> declaredSchemes = new HashMap<>();
        Set<String> operationIds = new HashSet<>();

        for (Source source : sources) {
            JsonNode doc = source.document().deepCopy();
            boolean routed = !GATEWAY.equals(source.service());
            // what only the paths the gateway does not serve (/internal, /q) use goes with them
            Set<String> dropped = new HashSet<>(reachable(doc, false));
            dropped.removeAll(reachable(doc, true));
            Set<String> droppedTags = tagsOf(doc, false);
            droppedTags.removeAll(tagsOf(doc, true));

            // a component that shares a name with another service's but differs is renamed, kind by kind, so that
            // a response naming a renamed schema differs too (and is renamed in turn)
            for (String kind : KINDS) {
                JsonNode theirs = doc.path("components").path(kind);
                if (theirs.isEmpty()) {
                    continue;
                }
                ObjectNode ours = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
                Map<String, String> renames = new HashMap<>();
                for (Iterator<String> it = theirs.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    JsonNode existing = ours.get(name);
                    if (existing != null && !existing.equals(theirs.get(name)) && !dropped.contains(kind + "/" + name)) {
                        renames.put(name, prefix(source.service()) + name);
                    }
                }
                if (!renames.isEmpty()) {
                    rewriteRefs(doc, COMPONENTS_REF + kind + "/", renames);
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (dropped.contains(kind + "/" + entry.getKey())) {
                        continue;
                    }
                    String name = renames.getOrDefault(entry.getKey(), entry.getKey());
                    if (!ours.has(name)) {
                        ours.set(name, entry.getValue());
                    }
                }
            }
            doc.path("components").path("securitySchemes").fields()
                    .forEachRemaining(s -> declaredSchemes.putIfAbsent(s.getKey(), s.getValue()));
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!served(entry.getKey())) {
                    continue;
                }
                if (entry.getValue() instanceof ObjectNode item) {
                    item.fields().forEachRemaining(op -> {
                        if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                            uniqueOperationId(operation, source.service(), operationIds);
                            if (routed) {
                                addGatewayAnswers(operation);
                            }
                        }
                    });
                }
                JsonNode existing = paths.get(entry.getKey());
                if (existing == null) {
                    paths.set(entry.getKey(), entry.getValue());
                } else if (existing instanceof ObjectNode target && entry.getValue() instanceof ObjectNode more) {
                    more.fields().forEachRemaining(op -> {
                        if (!target.has(op.getKey())) {
                            target.set(op.getKey(), op.getValue());
                        }
                    });
                }
            }
            for (JsonNode tag : doc.path("tags")) {
                String name = tag.path("name").asText();
                if (!droppedTags.contains(name) && tagNames.add(name)) {
                    tags.add(tag);
                }
            }
        }
        gatewayResponses(components, schemas);
        // the gateway is the server: its credentials are the schemes (a service's scheme only if an operation names it)
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.set(JWT_SCHEME, NODES.objectNode().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A staff token from POST /api/v1/auth/token, or a campus SSO token"));
        schemes.set(API_KEY_SCHEME, NODES.objectNode().put("type", "apiKey").put("in", "header").put("name", "X-Api-Key")
                .put("description", "An API key (also accepted as `Authorization: ApiKey <secret>`)"));
        for (String name : schemesUsed(paths)) {
            if (!schemes.has(name) && declaredSchemes.containsKey(name)) {
                schemes.set(name, declaredSchemes.get(name));
            }
        }
        return merged;
    }

    /** Paths the gateway routes or serves itself; internal and framework paths are not reachable through it. */
    private static boolean served(String path) {
        return path.startsWith("/api/");
    }

    /**
     * What the gateway answers itself for a routed operation, and the API key it accepts wherever a bearer token
     * is accepted. An operation's own declaration of a code wins. An operation that declares no security at all
     * is left so (that is its service's document to say).
     */
    static void addGatewayAnswers(ObjectNode operation) {
        JsonNode security = operation.get("security");
        if (security instanceof ArrayNode requirements) {
            int bearer = -1;
            boolean key = false;
            for (int i = 0; i < requirements.size(); i++) {
                if (bearer < 0 && requirements.get(i).has(JWT_SCHEME)) {
                    bearer = i;
                }
                key |= requirements.get(i).has(API_KEY_SCHEME);
            }
            if (bearer >= 0 && !key) {
                ObjectNode apiKey = NODES.objectNode();
                apiKey.putArray(API_KEY_SCHEME);
                requirements.insert(bearer + 1, apiKey);
            }
        }
        ObjectNode responses = operation.has("responses") && operation.get("responses") instanceof ObjectNode r
                ? r : operation.putObject("responses");
        Map<String, String> added = new TreeMap<>();
        // a malformed request target (broken escapes, path tricks) is refused before any service sees it
        added.put("400", "BadRequest");
        // a credential the gateway does not accept (unknown or revoked key, bad token) on any route, public ones too
        added.put("401", "Unauthorized");
        // a browser origin CORS does not allow (any method), and for writes a read-only key
        added.put("403", "Forbidden");
        if (operation.has("requestBody")) {
            added.put("413", "TooLarge");
        }
        added.put("429", RATE_LIMITED);
        added.put("503", "Unavailable");
        added.put("504", GATEWAY_TIMEOUT);
        added.forEach((code, name) -> {
            if (!responses.has(code)) {
                responses.set(code, NODES.objectNode().put("$ref", COMPONENTS_REF + "responses/" + name));
            }
        });
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        responses.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        responses.removeAll();
        sorted.forEach(responses::set);
    }

    /** The answers {@link #addGatewayAnswers} names, where the documents do not declare them already. */
    private static void gatewayResponses(ObjectNode components, ObjectNode schemas) {
        if (!schemas.has("Problem")) {
            schemas.set("Problem", NODES.objectNode().put("type", "object").put("description", "RFC 9457 problem details"));
        }
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers") : components.putObject("headers");
        if (!headers.has("RequestId")) {
            ObjectNode id = headers.putObject("RequestId").put("description", "The request's id (quote it when reporting a problem)");
            id.putObject("schema").put("type", "string").put("example", "0f6c2a3e9b7d4c1a");
        }
        ObjectNode responses = components.has("responses") ? (ObjectNode) components.get("responses") : components.putObject("responses");
        ensureResponse(responses, "BadRequest", "Invalid request: a parameter, a field of the body, or the request target", false);
        ensureResponse(responses, "Unauthorized", "No valid credential: a bearer token or API key that is unknown, revoked, "
                + "expired or badly signed", false);
        ensureResponse(responses, "Forbidden", "The caller's roles, scopes, unit or source do not allow this "
                + "(a read-only API key may not write; a browser origin must be allowed by CORS)", false);
        ensureResponse(responses, "TooLarge", "The body is over the size limit", false);
        ensureResponse(responses, "Unavailable", "The service or its database is not reachable; retry after Retry-After seconds", true);
        ensureResponse(responses, RATE_LIMITED, "The rate limit of the API key (or, for an anonymous write, of the caller's "
                + "address) is spent; retry after Retry-After seconds", true);
        ensureResponse(responses, GATEWAY_TIMEOUT, "The service did not answer in time (the call is not retried)", false);
    }

    private static void ensureResponse(ObjectNode responses, String name, String description, boolean retryAfter) {
        if (responses.has(name)) {
            return;
        }
        ObjectNode response = responses.putObject(name).put("description", description);
        ObjectNode headers = response.putObject("headers");
        if (retryAfter) {
            ObjectNode wait = headers.putObject("Retry-After").put("description", "seconds to wait before retrying");
            wait.putObject("schema").put("type", "integer").put("example", 5);
        }
        headers.putObject("X-Request-Id").put("$ref", COMPONENTS_REF + "headers/RequestId");
        response.putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", SCHEMA_REF + "Problem");
    }

    /** Two services naming an operation alike: the later one gets its service's name in front. */
    private static void uniqueOperationId(ObjectNode operation, String service, Set<String> seen) {
        if (!operation.path("operationId").isTextual()) {
            return;
        }
        String id = operation.get("operationId").asText();
        if (!seen.add(id)) {
            String renamed = prefix(service).toLowerCase(java.util.Locale.ROOT) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            operation.put("operationId", renamed);
            seen.add(renamed);
        }
    }

    private static Set<String> schemesUsed(ObjectNode paths) {
        Set<String> used = new LinkedHashSet<>();
        paths.elements().forEachRemaining(item -> item.elements().forEachRemaining(op -> {
            for (JsonNode requirement : op.path("security")) {
                requirement.fieldNames().forEachRemaining(used::add);
            }
        }));
        return used;
    }

    /** The components ("schemas/Item") the document's served paths (or all its paths) use, directly or not. */
    private static Set<String> reachable(JsonNode doc, boolean servedOnly) {
        Set<String> found = new HashSet<>();
        List<JsonNode> pending = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> {
            if (!servedOnly || served(p.getKey())) {
                pending.add(p.getValue());
            }
        });
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            List<String> refs = new ArrayList<>();
            collectRefs(node, refs);
            for (String ref : refs) {
                String name = ref.substring(COMPONENTS_REF.length());
                if (found.add(name)) {
                    int slash = name.indexOf('/');
                    if (slash > 0) {
                        pending.add(doc.path("components").path(name.substring(0, slash)).path(name.substring(slash + 1)));
                    }
                }
            }
        }
        return found;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS_REF)) {
                refs.add(ref.asText());
            }
            object.elements().forEachRemaining(child -> collectRefs(child, refs));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> collectRefs(child, refs));
        }
    }

    private static Set<String> tagsOf(JsonNode doc, boolean servedOnly) {
        Set<String> tags = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(p -> {
            if (!servedOnly || served(p.getKey())) {
                p.getValue().elements().forEachRemaining(op -> op.path("tags").forEach(t -> tags.add(t.asText())));
            }
        });
        return tags;
    }

    private static String version(List<Source> sources) {
        String best = "3.0.3";
        for (Source source : sources) {
            String v = source.document().path("openapi").asText("");
            if (v.compareTo(best) > 0) {
                best = v;
            }
        }
        return best;
    }

    private static String prefix(String service) {
        String base = service.replace("-service", "");
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : base.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return out.toString();
    }

    private static void rewriteRefs(JsonNode node, String base, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(base)) {
                String target = ref.asText().substring(base.length());
                if (renames.containsKey(target)) {
                    object.set("$ref", TextNode.valueOf(base + renames.get(target)));
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, base, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, base, renames));
        }
    }
}
