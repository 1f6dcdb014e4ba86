package io.gongkai.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * The conventions every service keeps (ARCHITECTURE.md): health, metrics, OpenAPI, request ids and
 * problem+json for every kind of bad request. Each service runs it against itself by extending it.
 */
public abstract class ServiceConventionsTest {

    /** A path of this service that takes a JSON body with POST or PUT, and a token allowed to call it. */
    protected abstract String jsonWritePath();

    protected abstract String jsonWriteMethod();

    protected abstract String tokenAllowedToWrite();

    /** A JSON body for {@link #jsonWritePath()} that is valid, or at least well-formed. */
    protected String someWriteBody() {
        return "{}";
    }

    @Test
    void healthIsUpWithTheDatabaseChecked() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("database-schema"))
                .body("checks.find { it.name == 'database-schema' }.data.state", is("READY"));
        given().when().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", matchesPattern("3\\..*"))
                .body("paths", notNullValue());
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "trace-42").when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .header("X-Request-Id", "trace-42")
                .body("requestId", is("trace-42"));
    }

    @Test
    void aRequestIdThatIsNotSaneIsReplaced() {
        given().header("X-Request-Id", "<script>alert(1)</script>").when().get("/q/health/live")
                .then().statusCode(200)
                .header("X-Request-Id", not(containsString("<")));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/no/such/thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("type", containsString("not-found"))
                .body("title", notNullValue());
        given().when().get("/nothing-at-all")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().auth().oauth2(tokenAllowedToWrite()).when().delete(jsonWritePath())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", is(405));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(tokenAllowedToWrite()).contentType("application/json").body("{\"oops\": ")
                .when().request(jsonWriteMethod(), jsonWritePath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("malformed-json"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void wrongMediaTypeIsAProblem() {
        given().auth().oauth2(tokenAllowedToWrite()).contentType("text/plain").body("hello")
                .when().request(jsonWriteMethod(), jsonWritePath())
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIs413ProblemBeforeItIsRead() throws Exception {
        // announce 21 MB and send only the headers: the limit is enforced on Content-Length, so the
        // answer comes before any of the body is read (a client streaming it would see a closed pipe)
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = jsonWriteMethod() + " " + jsonWritePath() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: Bearer " + tokenAllowedToWrite() + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + (21 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            org.hamcrest.MatcherAssert.assertThat(answer, org.hamcrest.Matchers.startsWith("HTTP/1.1 413"));
            org.hamcrest.MatcherAssert.assertThat(answer, containsString("application/problem+json"));
            org.hamcrest.MatcherAssert.assertThat(answer, containsString("\"status\":413"));
        }
    }

    @Test
    void protectedOperationWithoutTokenIs401() {
        given().contentType("application/json").body(someWriteBody())
                .when().request(jsonWriteMethod(), jsonWritePath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void forgedExpiredOrUnsignedTokensAre401() {
        for (String token : new String[] {Tokens.expired("admin"), Tokens.signedByStranger("admin"),
                Tokens.unsigned("admin"), Tokens.wrongIssuer("admin"), "not-a-jwt"}) {
            given().auth().oauth2(token).contentType("application/json").body(someWriteBody())
                    .when().request(jsonWriteMethod(), jsonWritePath())
                    .then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void tokenWithoutTheRoleIs403() {
        given().auth().oauth2(Tokens.forSubject("nobody", java.util.Map.of(), "unknown-role"))
                .contentType("application/json").body(someWriteBody())
                .when().request(jsonWriteMethod(), jsonWritePath())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @jakarta.inject.Inject
    io.smallrye.jwt.auth.principal.JWTParser parser;

    @Test
    void aTokenIsVerifiedOnceAndAnExpiredOneIsNeverKept() throws Exception {
        String token = Tokens.admin();
        org.junit.jupiter.api.Assertions.assertSame(parser.parse(token), parser.parse(token));
        org.junit.jupiter.api.Assertions.assertThrows(io.smallrye.jwt.auth.principal.ParseException.class,
                () -> parser.parse(Tokens.expired("admin")));
    }

    @Test
    void aTokenVerifiedOnceKeepsItsRolesAndNoCopyWithOtherClaimsPassesOnItsSignature() {
        // the services keep the verdict on a token (io.gongkai.commons.security.VerifiedTokens)
        String roleless = Tokens.forSubject("nobody", java.util.Map.of(), "unknown-role");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(roleless).contentType("application/json").body(someWriteBody())
                    .when().request(jsonWriteMethod(), jsonWritePath())
                    .then().statusCode(403);
        }
        String[] parts = roleless.split("\\.");
        String adminPayload = Tokens.admin().split("\\.")[1];
        given().auth().oauth2(parts[0] + "." + adminPayload + "." + parts[2]).contentType("application/json")
                .body(someWriteBody())
                .when().request(jsonWriteMethod(), jsonWritePath())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
