package io.gongkai.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** The merged document, from the services' real documents (their build output, else fixtures captured from them). */
@QuarkusTest
class MergedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyServicesPathsAndTheGatewaysOwnAreInOneDocument() throws Exception {
        JsonNode merged = JSON.readTree(given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).contentType(containsString("json")).extract().asString());
        assertTrue(merged.path("openapi").asText().startsWith("3."));
        assertFalse(merged.path("info").has("x-missing-services"), merged.path("info").toString());
        for (String service : Upstreams.NAMES) {
            JsonNode own = JSON.readTree(Upstreams.openApiDocument(service));
            int apiPaths = 0;
            for (Iterator<String> it = own.path("paths").fieldNames(); it.hasNext(); ) {
                String path = it.next();
                if (path.startsWith("/api/")) {
                    apiPaths++;
                    assertTrue(merged.path("paths").has(path), service + " path " + path + " is missing");
                }
            }
            assertTrue(apiPaths > 0, service + " document has no /api paths");
        }
        assertTrue(merged.path("paths").has("/api/v1/auth/token"));
        assertTrue(merged.path("paths").has("/api/v1/admin/api-keys"));
        merged.path("paths").fieldNames().forEachRemaining(p -> assertFalse(p.startsWith("/internal"), p));
        assertEquals("http://localhost:8080", merged.path("servers").get(0).path("url").asText());
        assertEquals(1, merged.path("servers").size());
        assertEquals("bearer", merged.at("/components/securitySchemes/jwt/scheme").asText());
        assertEquals("X-Api-Key", merged.at("/components/securitySchemes/apiKey/name").asText());
        assertNotNull(merged.at("/components/schemas/Problem"));
        assertDanglingRefsAbsent(merged, merged);
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi"));
        given().when().get("/q/openapi-gateway?format=json").then().statusCode(200).body("info.title", is("Gongkai gateway"));
    }

    private static void assertDanglingRefsAbsent(JsonNode root, JsonNode node) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                assertFalse(root.at(ref.asText().substring(1)).isMissingNode(), "dangling " + ref.asText());
            }
        }
        node.elements().forEachRemaining(child -> assertDanglingRefsAbsent(root, child));
    }
}
