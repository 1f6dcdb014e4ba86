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
 * The conventions every service keeps (docs/architecture.md): health, metrics, OpenAPI, request ids and
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

    /** A caller allowed to read /q/metrics: anyone, unless the service guards them (the gateway: an operator's key). */
    protected io.restassured.specification.RequestSpecification metricsReader() {
        return given();
    }

    @Test
    void metricsArePrometheusText() {
        metricsReader().when().get("/q/metrics")
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
    void problemsSpeakChineseToACallerWhoAsksForIt() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").when().get("/api/v1/no/such/thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", is("https://gongkai.io/problems/not-found"))
                .body("title", is("未找到"))
                .body("detail", is("/api/v1/no/such/thing 处没有任何资源"));
        given().header("Accept-Language", "en").when().get("/api/v1/no/such/thing")
                .then().statusCode(404).header("Content-Language", "en").body("title", is("Not Found"));
        given().header("Accept-Language", "zh").contentType("application/json").body("{not json")
                .auth().oauth2(tokenAllowedToWrite()).when().request(jsonWriteMethod(), jsonWritePath())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("https://gongkai.io/problems/malformed-json"))
                .body("title", is("JSON 格式错误"));
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
    void rawUtf8InTheRequestTargetIsReadAsUtf8() {
        // curl sends ?q=招生 as raw bytes; nginx and Tomcat take them as UTF-8, and so must we
        RawExchange.Answer query = RawExchange.get(io.restassured.RestAssured.port, "/q/health/live?probe=招生");
        org.junit.jupiter.api.Assertions.assertEquals(200, query.status(), query.head() + query.body());
        RawExchange.Answer path = RawExchange.get(io.restassured.RestAssured.port, "/api/v1/没有这个");
        org.junit.jupiter.api.Assertions.assertEquals(404, path.status(), path.head() + path.body());
        org.hamcrest.MatcherAssert.assertThat(path.header("Content-Type"), containsString("application/problem+json"));
        org.hamcrest.MatcherAssert.assertThat(path.body(), containsString("%E6%B2%A1%E6%9C%89"));
    }

    @Test
    void aBrokenPercentEscapeIsA400ProblemWithARequestId() {
        RawExchange.Answer answer = RawExchange.get(io.restassured.RestAssured.port, "/api/v1/things?cursor=%%%garbage");
        assertProblem(answer, 400);
        org.hamcrest.MatcherAssert.assertThat(answer.body(), containsString("two hex digits"));
    }

    @Test
    void bytesThatAreNotUtf8AreA400Problem() {
        assertProblem(RawExchange.get(io.restassured.RestAssured.port, "/q/health/live?q=%FF%FE"), 400);
        byte[] rawLatin1 = "GET /q/health/live?q=\u00e9t\u00e9 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(RawExchange.send(io.restassured.RestAssured.port, rawLatin1), 400);
    }

    @Test
    void connectIsAProblemAndTheConnectionIsClosed() {
        RawExchange.Answer answer = RawExchange.send(io.restassured.RestAssured.port,
                "CONNECT /api/v1/tunnel HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
        assertProblem(answer, 405);
        org.junit.jupiter.api.Assertions.assertTrue(answer.closed(), "the connection stays open after CONNECT");
        RawExchange.Answer tunnel = RawExchange.send(io.restassured.RestAssured.port,
                "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
        assertProblem(tunnel, 405);
        org.junit.jupiter.api.Assertions.assertTrue(tunnel.closed(), "the connection stays open after CONNECT host:port");
    }

    @Test
    void requestsTheHttpCodecRefusesGetTheirStatusAndAClosedConnection() {
        // refused by Netty's decoder before any application code runs (Quarkus offers no hook to give these a
        // body): the status says what was wrong, and the connection is not left to the client
        int port = io.restassured.RestAssured.port;
        RawExchange.Answer badLine = RawExchange.send(port, "GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(400, badLine.status());
        org.junit.jupiter.api.Assertions.assertTrue(badLine.closed());
        RawExchange.Answer longLine = RawExchange.send(port, "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(414, longLine.status());
        RawExchange.Answer bigHeader = RawExchange.send(port,
                "GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(431, bigHeader.status());
        org.junit.jupiter.api.Assertions.assertTrue(bigHeader.closed());
    }

    private static void assertProblem(RawExchange.Answer answer, int status) {
        org.junit.jupiter.api.Assertions.assertEquals(status, answer.status(), answer.head() + answer.body());
        org.hamcrest.MatcherAssert.assertThat(answer.header("Content-Type"), containsString("application/problem+json"));
        org.hamcrest.MatcherAssert.assertThat(answer.header("X-Request-Id"), matchesPattern("[0-9a-f-]{36}"));
        org.hamcrest.MatcherAssert.assertThat(answer.body(), containsString("\"status\":" + status));
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
    void aTokenForAnotherAudienceIs401() {
        // a token the gateway minted for another service, or a client's login token, opens nothing here
        org.junit.jupiter.api.Assertions.assertTrue(Tokens.audienceUnderTest().isPresent(),
                "mp.jwt.verify.audiences is not set: this application would take a token minted for any service");
        for (String audience : new String[] {"some-other-service", "gongkai-gateway-elsewhere"}) {
            given().auth().oauth2(Tokens.forAudience(audience, "admin")).contentType("application/json").body(someWriteBody())
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
