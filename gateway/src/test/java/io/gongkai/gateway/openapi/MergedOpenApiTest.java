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
import io.gongkai.gateway.routing.Routes;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** The merged document, from the services' real documents (their build output, else fixtures captured from them). */
@QuarkusTest
class MergedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Routes routes;

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
                    Routes.Match routed = routes.match(path.replaceAll("\\{[^}]*}", "x"));
                    assertEquals(service, routed == null ? null : routed.upstream().name(), path + " is not routed to the " + service);
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
    void everyRoutedOperationDeclaresTheGatewaysOwnAnswersAndAcceptsAnApiKeyWhereItAcceptsABearerToken() throws Exception {
        JsonNode merged = JSON.readTree(given().accept("application/json").when().get("/q/openapi").asString());
        int routed = 0;
        int keyed = 0;
        for (Iterator<java.util.Map.Entry<String, JsonNode>> paths = merged.path("paths").fields(); paths.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> path = paths.next();
            boolean own = routes.match(path.getKey().replaceAll("\\{[^}]*}", "x")) == null;
            for (Iterator<java.util.Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey() + " " + path.getKey();
                JsonNode responses = op.getValue().path("responses");
                if (own) {
                    assertFalse(responses.has("504"), where + ": the gateway's own operation calls no service");
                    continue;
                }
                routed++;
                // 403: a read-only key's write, and on any method a browser origin CORS does not allow
                for (String code : new String[] {"400", "401", "403", "429", "503", "504"}) {
                    assertTrue(responses.has(code), where + " does not declare " + code);
                }
                String bearer = op.getValue().path("security").toString();
                if (bearer.contains("\"jwt\"")) {
                    keyed++;
                    assertTrue(bearer.contains("\"apiKey\""), where + ": a bearer token but no API key in " + bearer);
                }
            }
        }
        assertTrue(routed > 20, "routed operations: " + routed);
        assertTrue(keyed > 0, "no routed operation names the apiKey scheme");
        assertEquals("Retry-After", merged.at("/components/responses/RateLimited/headers").fieldNames().next());
        assertEquals("#/components/schemas/Problem",
                merged.at("/components/responses/GatewayTimeout/content/application~1problem+json/schema/$ref").asText());
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
