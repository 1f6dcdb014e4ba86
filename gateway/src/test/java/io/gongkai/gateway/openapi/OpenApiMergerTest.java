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
}
