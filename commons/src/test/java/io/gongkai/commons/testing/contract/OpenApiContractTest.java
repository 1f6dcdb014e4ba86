package io.gongkai.commons.testing.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract filter fails a test whose answer (or successful request) does not match the document. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/api/v1/things/{id}":{"get":{
              "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}},
                            {"name":"limit","in":"query","schema":{"type":"integer","minimum":1,"maximum":10}}],
              "responses":{"200":{"description":"a thing","content":{"application/json":{"schema":{"type":"object",
                "required":["name"],"properties":{"name":{"type":"string"}}}}}},
                "400":{"description":"bad","content":{"application/problem+json":{"schema":{"type":"object"}}}}}}}}}
            """;
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/openapi", e -> answer(e, 200, "application/json", DOCUMENT));
        server.createContext("/api/v1/things/", e -> {
            String path = e.getRequestURI().getPath();
            String query = String.valueOf(e.getRequestURI().getQuery());
            if (query.contains("limit=99")) {
                answer(e, 200, "application/json", "{\"name\":\"ok\"}");
            } else if (query.contains("limit=0")) {
                answer(e, 400, "application/problem+json", "{\"status\":400}");
            } else if (path.endsWith("/2")) {
                answer(e, 200, "application/json", "{\"name\":null}");
            } else {
                answer(e, 200, "application/json", "{\"name\":\"thing\"}");
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void anAnswerThatMatchesPasses() {
        given().filter(new OpenApiContract()).when().get(base + "/api/v1/things/1").then().statusCode(200);
    }

    @Test
    void aNullWhereTheDocumentSaysStringFails() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> given().filter(new OpenApiContract()).when().get(base + "/api/v1/things/2"));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void aSuccessfulAnswerToAnInvalidRequestFails() {
        assertThrows(AssertionError.class,
                () -> given().filter(new OpenApiContract()).queryParam("limit", 99).when().get(base + "/api/v1/things/1"));
    }

    @Test
    void aRefusedInvalidRequestIsWhatBadInputTestsSend() {
        given().filter(new OpenApiContract()).queryParam("limit", 0).when().get(base + "/api/v1/things/1").then().statusCode(400);
    }
}
