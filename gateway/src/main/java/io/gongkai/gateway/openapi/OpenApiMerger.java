package io.gongkai.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the OpenAPI documents of the services (and the gateway's own) into one: paths side by side,
 * schemas that are identical kept once, schemas that share a name but differ renamed with the service's
 * name as prefix (and every $ref to them rewritten), the gateway's security schemes declared, and the
 * gateway as the only server. Pure: no I/O, so tests can feed it the real documents.
 */
public final class OpenApiMerger {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final List<String> OTHER_COMPONENTS = List.of("responses", "parameters", "examples", "requestBodies",
            "headers", "securitySchemes", "links", "callbacks", "pathItems");

    private OpenApiMerger() {
    }

    /** One input document and the name of the service it describes. */
    public record Source(String service, JsonNode document) {
    }

    public static ObjectNode merge(List<Source> sources, String serverUrl, List<String> missing) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", version(sources));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Gongkai API");
        info.put("version", "1.0");
        info.put("description", "All services of Gongkai (公开) behind the gateway. Staff: `Authorization: Bearer <token>` "
                + "from POST /api/v1/auth/token. Systems and dashboards: `Authorization: ApiKey <secret>` or `X-Api-Key: <secret>`.");
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

        for (Source source : sources) {
            JsonNode doc = source.document().deepCopy();
            Map<String, String> renames = new HashMap<>();
            JsonNode theirSchemas = doc.path("components").path("schemas");
            for (Iterator<String> it = theirSchemas.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode existing = schemas.get(name);
                if (existing != null && !existing.equals(theirSchemas.get(name))) {
                    renames.put(name, prefix(source.service()) + name);
                }
            }
            if (!renames.isEmpty()) {
                rewriteRefs(doc, renames);
            }
            JsonNode rewrittenSchemas = doc.path("components").path("schemas");
            for (Iterator<Map.Entry<String, JsonNode>> it = rewrittenSchemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String name = renames.getOrDefault(entry.getKey(), entry.getKey());
                if (!schemas.has(name)) {
                    schemas.set(name, entry.getValue());
                }
            }
            for (String kind : OTHER_COMPONENTS) {
                JsonNode theirs = doc.path("components").path(kind);
                for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    ObjectNode ours = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
                    if (!ours.has(entry.getKey())) {
                        ours.set(entry.getKey(), entry.getValue());
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getKey().startsWith("/api/")) {
                    continue; // internal and framework paths are not served through the gateway
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
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }
        ObjectNode schemes = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        ObjectNode jwt = NODES.objectNode().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A staff token from POST /api/v1/auth/token, or a campus SSO token");
        schemes.set("jwt", jwt);
        schemes.set("apiKey", NODES.objectNode().put("type", "apiKey").put("in", "header").put("name", "X-Api-Key")
                .put("description", "An API key (also accepted as `Authorization: ApiKey <secret>`)"));
        return merged;
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

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String target = ref.asText().substring(SCHEMA_REF.length());
                if (renames.containsKey(target)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.get(target)));
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }
}
