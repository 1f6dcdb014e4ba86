package io.gongkai.commons.testing.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every service's OpenAPI document must say (the contract issue): OpenAPI 3.0.3, for every operation a
 * stable operationId, a summary and a description, its tags and its security requirement; every parameter
 * described, typed and with an example; every body and answer with a real schema. A module runs it by
 * extending it with {@code @QuarkusTest}. Each finding names where it is, so the list is the to-do list.
 */
public abstract class OpenApiDocumentConventionsTest {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @SuppressWarnings("unchecked")
    static Map<String, Object> document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().as(Map.class);
    }

    @Test
    void theDocumentIsOpenApi303() {
        assertEquals("3.0.3", document().get("openapi"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsNamedDescribedTaggedAndSecured() {
        Map<String, Object> doc = document();
        List<String> findings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> usedTags = new HashSet<>();
        forEachOperation(doc, (where, operation) -> {
            Object id = operation.get("operationId");
            if (!(id instanceof String s) || !s.matches("[a-z][A-Za-z0-9]+")) {
                findings.add(where + ": no operationId in lowerCamelCase");
            } else if (!ids.add(s)) {
                findings.add(where + ": operationId " + s + " is used twice");
            }
            if (blank(operation.get("summary"))) {
                findings.add(where + ": no summary");
            }
            if (blank(operation.get("description"))) {
                findings.add(where + ": no description");
            }
            List<String> tags = (List<String>) operation.get("tags");
            if (tags == null || tags.isEmpty()) {
                findings.add(where + ": no tag");
            } else {
                usedTags.addAll(tags);
            }
            if (operation.get("security") == null && doc.get("security") == null) {
                findings.add(where + ": no security requirement (public reads declare it optional: [{}, {jwt: []}])");
            }
        });
        for (Map<String, Object> tag : (List<Map<String, Object>>) doc.getOrDefault("tags", List.of())) {
            if (!usedTags.contains(tag.get("name"))) {
                findings.add("tag " + tag.get("name") + " has no operation");
            }
        }
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyParameterIsDescribedTypedAndHasAnExample() {
        List<String> findings = new ArrayList<>();
        forEachOperation(document(), (where, operation) -> {
            for (Map<String, Object> p : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                String name = where + " parameter " + p.get("name");
                if (p.containsKey("$ref")) {
                    continue;
                }
                if (blank(p.get("description"))) {
                    findings.add(name + ": no description");
                }
                Map<String, Object> schema = (Map<String, Object>) p.get("schema");
                if (schema == null || schema.isEmpty()) {
                    findings.add(name + ": no schema");
                } else if (ParameterValues.example(p) == null) {
                    findings.add(name + ": no example, default or enum");
                }
            }
        });
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBodyAndAnswerHasASchema() {
        List<String> findings = new ArrayList<>();
        forEachOperation(document(), (where, operation) -> {
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                checkContent(where + " request body", (Map<String, Object>) body.get("content"), findings);
            }
            Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
            for (Map.Entry<String, Object> r : responses.entrySet()) {
                Map<String, Object> response = (Map<String, Object>) r.getValue();
                if (response.containsKey("$ref")) {
                    continue;
                }
                if (blank(response.get("description"))) {
                    findings.add(where + " answer " + r.getKey() + ": no description");
                }
                if (r.getKey().startsWith("2") && !r.getKey().equals("204") && response.get("content") == null) {
                    findings.add(where + " answer " + r.getKey() + ": no content (a body-less success is 204)");
                }
                checkContent(where + " answer " + r.getKey(), (Map<String, Object>) response.get("content"), findings);
            }
        });
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @SuppressWarnings("unchecked")
    private static void checkContent(String where, Map<String, Object> content, List<String> findings) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, Object> media : content.entrySet()) {
            Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) media.getValue()).get("schema");
            if (schema == null || schema.isEmpty()) {
                findings.add(where + " (" + media.getKey() + "): no schema, or the empty schema {}");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void forEachOperation(Map<String, Object> doc, java.util.function.BiConsumer<String, Map<String, Object>> action) {
        Map<String, Object> paths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (METHODS.contains(op.getKey())) {
                    action.accept(op.getKey().toUpperCase() + " " + path.getKey(), (Map<String, Object>) op.getValue());
                }
            }
        }
    }

    private static boolean blank(Object text) {
        return !(text instanceof String s) || s.isBlank();
    }
}
