package io.gongkai.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc(String path, String schemaBody) throws Exception {
        return JSON.readTree("""
                {"openapi":"3.1.0","paths":{"%s":{"get":{"responses":{"200":{"content":{"application/json":
                {"schema":{"$ref":"#/components/schemas/Item"}}}}}}},
                 "/internal/v1/events":{"get":{}}},
                 "components":{"schemas":{"Item":%s,"Problem":{"type":"object"}}},
                 "tags":[{"name":"Shared"}]}
                """.formatted(path, schemaBody));
    }

    @Test
    void clashingSchemasArePrefixedAndTheirRefsFollowWhileIdenticalOnesAreKeptOnce() throws Exception {
        JsonNode merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("disclosure", doc("/api/v1/items", "{\"type\":\"object\",\"required\":[\"title\"]}")),
                new OpenApiMerger.Source("inquiry", doc("/api/v1/requests", "{\"type\":\"object\",\"required\":[\"trackingNo\"]}"))),
                "https://gateway.example", List.of("stats"));
        assertEquals("#/components/schemas/Item",
                merged.at("/paths/~1api~1v1~1items/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/InquiryItem",
                merged.at("/paths/~1api~1v1~1requests/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("trackingNo", merged.at("/components/schemas/InquiryItem/required/0").asText());
        assertEquals("title", merged.at("/components/schemas/Item/required/0").asText());
        assertTrue(merged.at("/components/schemas/InquiryProblem").isMissingNode());
        assertTrue(merged.at("/paths/~1internal~1v1~1events").isMissingNode());
        assertEquals(1, merged.path("tags").size());
        assertEquals("https://gateway.example", merged.at("/servers/0/url").asText());
        assertEquals("stats", merged.at("/info/x-missing-services/0").asText());
    }

    @Test
    void routedOperationsGetTheGatewaysAnswersAndTheApiKeyWhileWhatOnlyInternalPathsUsedGoesWithThem() throws Exception {
        JsonNode service = JSON.readTree("""
                {"openapi":"3.0.3","paths":{
                  "/api/v1/items":{"get":{"operationId":"searchItems","tags":["Items"],"security":[{"jwt":[]},{}],"responses":{}},
                    "post":{"operationId":"createItem","tags":["Items"],"security":[{"jwt":[]}],
                    "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item"}}}},
                    "responses":{"201":{"description":"created"},"503":{"$ref":"#/components/responses/Unavailable"}}}},
                  "/internal/v1/events":{"get":{"operationId":"readEvents","tags":["Feed"],"security":[{"serviceCredential":[]}],
                    "responses":{"200":{"description":"events","content":{"application/json":{"schema":{"$ref":"#/components/schemas/EventPage"}}}}}}}},
                 "components":{"schemas":{"Item":{"type":"object"},"EventPage":{"type":"object","properties":{
                    "events":{"type":"array","items":{"$ref":"#/components/schemas/Event"}}}},"Event":{"type":"object"},
                    "Unused":{"type":"object"}},
                   "responses":{"Unavailable":{"description":"the database is down"}},
                   "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer"},
                     "serviceCredential":{"type":"apiKey","in":"header","name":"X-Feed-Credential"}}},
                 "tags":[{"name":"Items"},{"name":"Feed"}]}
                """);
        JsonNode gateway = JSON.readTree("""
                {"openapi":"3.0.3","paths":{"/api/v1/auth/token":{"post":{"operationId":"login","security":[],
                  "responses":{"200":{"description":"a token"}}}}}}
                """);
        JsonNode merged = OpenApiMerger.merge(List.of(new OpenApiMerger.Source("gateway", gateway),
                new OpenApiMerger.Source("disclosure", service)), "http://localhost:8080", List.of());
        JsonNode create = merged.at("/paths/~1api~1v1~1items/post");
        assertEquals("[{\"jwt\":[]},{\"apiKey\":[]}]", create.path("security").toString());
        // a public read stays optional, with the key next to the token
        assertEquals("[{\"jwt\":[]},{\"apiKey\":[]},{}]", merged.at("/paths/~1api~1v1~1items/get/security").toString());
        // 403 on a read too: a browser origin that CORS does not allow
        assertEquals(List.of("400", "401", "403", "429", "503", "504"),
                fieldNames(merged.at("/paths/~1api~1v1~1items/get/responses")));
        assertEquals(List.of("201", "400", "401", "403", "413", "429", "503", "504"), fieldNames(create.path("responses")));
        assertEquals("#/components/responses/Unavailable", create.at("/responses/503/$ref").asText());
        assertEquals("#/components/responses/RateLimited", create.at("/responses/429/$ref").asText());
        assertTrue(merged.at("/components/responses/RateLimited/headers/Retry-After").isObject());
        // the gateway's own operation calls no service: nothing added
        assertEquals(List.of("200"), fieldNames(merged.at("/paths/~1api~1v1~1auth~1token/post/responses")));
        assertEquals("[]", merged.at("/paths/~1api~1v1~1auth~1token/post/security").toString());
        // the feed's schemas and tag went with it; an unused schema of the service stays (its document is to fix)
        assertTrue(merged.at("/components/schemas/EventPage").isMissingNode());
        assertTrue(merged.at("/components/schemas/Event").isMissingNode());
        assertTrue(merged.at("/components/schemas/Unused").isObject());
        assertEquals("[{\"name\":\"Items\"}]", merged.path("tags").toString());
        assertEquals(List.of("jwt", "apiKey"), fieldNames(merged.at("/components/securitySchemes")));
    }

    @Test
    void twoServicesNamingAnOperationAlikeKeepTheirIdsApart() throws Exception {
        JsonNode a = JSON.readTree("{\"paths\":{\"/api/v1/items\":{\"get\":{\"operationId\":\"list\",\"responses\":{}}}}}");
        JsonNode b = JSON.readTree("{\"paths\":{\"/api/v1/requests\":{\"get\":{\"operationId\":\"list\",\"responses\":{}}}}}");
        JsonNode merged = OpenApiMerger.merge(List.of(new OpenApiMerger.Source("disclosure", a), new OpenApiMerger.Source("inquiry", b)),
                "http://localhost:8080", List.of());
        assertEquals("list", merged.at("/paths/~1api~1v1~1items/get/operationId").asText());
        assertEquals("inquiryList", merged.at("/paths/~1api~1v1~1requests/get/operationId").asText());
    }

    @Test
    void aResponseNamingARenamedSchemaIsRenamedTooAndItsOperationsFollow() throws Exception {
        String doc = """
                {"openapi":"3.0.3","paths":{"%s":{"get":{"operationId":"%s","responses":{"400":{"$ref":"#/components/responses/BadRequest"}}}}},
                 "components":{"schemas":{"Problem":%s},"responses":{"BadRequest":{"description":"invalid","content":
                   {"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}
                """;
        JsonNode merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("gateway", JSON.readTree(doc.formatted("/api/v1/auth", "a", "{\"type\":\"object\"}"))),
                new OpenApiMerger.Source("disclosure", JSON.readTree(doc.formatted("/api/v1/items", "b", "{\"type\":\"object\",\"title\":\"other\"}")))),
                "http://localhost:8080", List.of());
        assertEquals("#/components/responses/DisclosureBadRequest", merged.at("/paths/~1api~1v1~1items/get/responses/400/$ref").asText());
        assertEquals("#/components/schemas/DisclosureProblem",
                merged.at("/components/responses/DisclosureBadRequest/content/application~1problem+json/schema/$ref").asText());
        assertEquals("#/components/responses/BadRequest", merged.at("/paths/~1api~1v1~1auth/get/responses/400/$ref").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
