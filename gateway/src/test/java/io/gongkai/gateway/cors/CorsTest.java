package io.gongkai.gateway.cors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CORS as the gateway answers it (the test profile allows https://portal.example.edu only). */
@QuarkusTest
class CorsTest {

    private static final String PORTAL = "https://portal.example.edu";
    private static final String REFUSED = "http://localhost:3000";

    @BeforeEach
    void clear() {
        Upstreams.clear();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredByTheGateway() {
        Response answer = given().header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-access-code,accept-language")
                .when().options("/api/v1/requests/42")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("X-Access-Code"))
                .header("Access-Control-Max-Age", "3600")
                .extract().response();
        assertVaryOrigin(answer);
        assertTrue(Upstreams.seen().isEmpty(), "a pre-flight is never routed");
    }

    @Test
    void aPreflightFromARefusedOriginIsAProblem() {
        Response answer = given().header("Origin", REFUSED)
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/petitions")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("X-Request-Id", matchesPattern(".+"))
                .body("type", matchesPattern(".*/forbidden"))
                .body("status", is(403))
                .body("detail", containsString(REFUSED))
                .extract().response();
        assertVaryOrigin(answer);
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void aRequestFromAnAllowedOriginIsRoutedAndItsCacheableAnswerVariesOnOrigin() {
        Response answer = given().header("Origin", PORTAL).when().get("/api/v1/channels?cache=public")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Cache-Control", containsString("public"))
                .extract().response();
        assertVaryOrigin(answer);
        // the service's own Vary is kept beside it
        assertTrue(String.join(",", answer.headers().getValues("Vary")).contains("Accept-Language"), answer.headers().toString());
    }

    @Test
    void anAnswerWithoutOriginVariesOnOriginToo() {
        // a shared cache may keep it and hand it to a browser of another origin
        Response routed = given().when().get("/api/v1/channels?cache=public")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue()).extract().response();
        assertVaryOrigin(routed);
        Response own = given().when().get("/api/v1/auth").then().statusCode(200).extract().response();
        assertVaryOrigin(own);
    }

    @Test
    void aRequestFromARefusedOriginIsAProblemAndReachesNoService() {
        for (String path : new String[] {"/api/v1/items", "/api/v1/channels"}) {
            Response answer = given().header("Origin", REFUSED).when().get(path)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", nullValue())
                    .body("type", matchesPattern(".*/forbidden"))
                    .body("detail", containsString("CORS"))
                    .extract().response();
            assertVaryOrigin(answer);
        }
        // the gateway's own operations too
        given().header("Origin", REFUSED).contentType("application/json").body("{\"username\":\"a\",\"password\":\"b\"}")
                .when().post("/api/v1/auth/token")
                .then().statusCode(403).contentType("application/problem+json");
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void theGatewaysOwnOriginIsAllowed() {
        String own = "http://localhost:" + RestAssured.port;
        given().header("Origin", own).when().get("/api/v1/auth")
                .then().statusCode(200).header("Access-Control-Allow-Origin", own);
    }

    private static void assertVaryOrigin(Response answer) {
        String vary = String.join(",", answer.headers().getValues("Vary"));
        assertTrue(java.util.Arrays.stream(vary.split(",")).map(String::trim).anyMatch("Origin"::equalsIgnoreCase),
                "Vary: " + vary);
    }
}
