package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.RawExchange;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.Promise;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutingTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void clear() {
        Upstreams.clear();
    }

    @Test
    void everyServiceGetsItsPrefixes() {
        String[][] routes = {
                {"/api/v1/items", "disclosure"}, {"/api/v1/items/42", "disclosure"},
                {"/api/v1/sources/admissions/items/x-1", "disclosure"}, {"/api/v1/checklist/coverage", "disclosure"},
                {"/api/v1/channels", "disclosure"}, {"/api/v1/units", "disclosure"},
                {"/api/v1/requests", "inquiry"}, {"/api/v1/petitions/XF-2024-000001", "inquiry"},
                {"/api/v1/petition-channels", "inquiry"}, {"/api/v1/cases", "inquiry"},
                {"/api/v1/evaluations/summary", "inquiry"}, {"/api/v1/calendar/2024", "inquiry"},
                {"/api/v1/stats/channels", "stats"}, {"/api/v1/reports/annual/2022", "stats"}};
        for (String[] route : routes) {
            given().when().get(route[0])
                    .then().statusCode(200)
                    .header("X-Upstream", route[1])
                    .body("path", is(route[0]));
        }
    }

    @Test
    void methodQueryHeadersAndStatusAreKept() {
        Response answer = given().header("X-Request-Id", "route-1").header("Accept-Language", "zh-CN")
                .header("X-Tag", "first").header("X-Tag", "second")
                .queryParam("q", "招生").queryParam("status", 202)
                .when().get("/api/v1/items")
                .then().statusCode(202)
                .header("X-Request-Id", "route-1")
                .body("method", is("GET"))
                .body("query", containsString("status=202"))
                .extract().response();
        // the service's echo replaces the id the gateway put on its answer: once, not twice; both cookies pass
        assertEquals(List.of("route-1"), answer.headers().getValues("X-Request-Id"));
        assertEquals(List.of("a=1", "b=2"), answer.headers().getValues("Set-Cookie"));
        Upstreams.Seen seen = Upstreams.seen().get(0);
        assertEquals("zh-CN", seen.headers().get("Accept-Language"));
        assertEquals("route-1", seen.headers().get("X-Request-Id"));
        assertEquals(List.of("first", "second"), seen.headers().getAll("X-Tag"));
        assertTrue(seen.uri().contains("q=%E6%8B%9B%E7%94%9F"), seen.uri());
    }

    @Test
    void rawUtf8InTheTargetIsForwardedPercentEncoded() {
        RawExchange.Answer answer = RawExchange.get(RestAssured.port, "/api/v1/items/招生?q=招生&limit=5");
        assertEquals(200, answer.status(), answer.head() + answer.body());
        assertEquals("/api/v1/items/%E6%8B%9B%E7%94%9F?q=%E6%8B%9B%E7%94%9F&limit=5", Upstreams.seen().get(0).uri());
        // a re-addressed request keeps its body
        RawExchange.Answer posted = RawExchange.send(RestAssured.port, "POST /api/v1/petitions?来源=信访 HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"a\":\"bcd\"}");
        assertEquals(200, posted.status(), posted.head() + posted.body());
        assertTrue(posted.body().contains("\"bytes\":11"), posted.body());
    }

    @Test
    void hopByHopHeadersAreDroppedAndForwardedHeadersSet() {
        given().header("Connection", "keep-alive, X-Secret-Hop").header("X-Secret-Hop", "1")
                .header("Proxy-Authorization", "Basic Zm9vOmJhcg==").header("X-Forwarded-For", "6.6.6.6")
                .when().get("/api/v1/channels")
                .then().statusCode(200)
                .header("Keep-Alive", nullValue());
        Upstreams.Seen seen = Upstreams.seen().get(0);
        assertNull(seen.headers().get("X-Secret-Hop"));
        assertNull(seen.headers().get("Proxy-Authorization"));
        assertEquals("127.0.0.1", seen.headers().get("X-Forwarded-For"));
        assertEquals("http", seen.headers().get("X-Forwarded-Proto"));
        // the services build their links from these (quarkus.http.proxy.*): the address the caller used
        assertEquals("localhost:" + RestAssured.port, seen.headers().get("X-Forwarded-Host"));
    }

    @Test
    void anonymousCallersReachServicesWithoutAnyToken() {
        given().when().get("/api/v1/items").then().statusCode(200).body("authorization", nullValue());
    }

    @Test
    void aFiftyMegabyteExportStreamsThrough() throws Exception {
        Upstreams.release = Promise.promise();
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/v1/items/export.csv?mb=50&hold=true")).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "streamed, not buffered and measured");
        long received = 0;
        byte[] buffer = new byte[65536];
        try (InputStream body = response.body()) {
            // the service holds back after the first megabyte: the client only gets it if the gateway passes it on
            while (received < 1024 * 1024) {
                received += Math.max(0, body.read(buffer));
            }
            Upstreams.release.complete();
            int n;
            while ((n = body.read(buffer)) != -1) {
                received += n;
            }
        }
        assertEquals(50L * 1024 * 1024, received);
    }

    private static Handler warningsInto(List<LogRecord> warnings) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aCallerWhoLeavesMidStreamStopsTheCallQuietly() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (int i = 0; i < 5; i++) {
                try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                    socket.getOutputStream().write(("GET /api/v1/items/export.csv?mb=50 HTTP/1.1\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[65536];
                    long read = 0;
                    while (read < 256 * 1024) {
                        read += Math.max(0, in.read(buffer));
                    }
                } // closed with most of the export still to come
            }
            // callers who hang up abruptly (a reset) once their answer has begun, as a load generator stops
            for (int i = 0; i < 20; i++) {
                try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                    socket.setSoLinger(true, 0);
                    socket.getOutputStream().write("GET /api/v1/items/export.csv?mb=5 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getInputStream().read(new byte[1]);
                }
            }
            Thread.sleep(500);
            given().when().get("/api/v1/items").then().statusCode(200);
            assertTrue(errors.isEmpty(), () -> "logged: " + errors.stream()
                    .map(r -> r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown()).toList());
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void aLargeUploadStreamsThrough() throws Exception {
        long size = 12L * 1024 * 1024;
        Supplier<InputStream> body = () -> new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        String secret = io.gongkai.gateway.testing.Keys.secret("[\"items:write\"]", "admissions", null);
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/v1/sources/admissions/items:batch"))
                .header("X-Api-Key", secret).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), size)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"bytes\":" + size), response.body());
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnyService() {
        int status = io.gongkai.gateway.testing.RawHttp.status(RestAssured.port,
                "POST /api/v1/requests HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 20000000\r\nConnection: close\r\n\r\n{");
        assertEquals(413, status);
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void aChunkedBodyIsCountedAndStoppedAtTheLimit() throws Exception {
        String secret = io.gongkai.gateway.testing.Keys.secret("[\"items:write\"]", "admissions", null);
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = warningsInto(warnings);
        Logger.getLogger("").addHandler(capture);
        try {
            int status = io.gongkai.gateway.testing.RawHttp.chunkedUpload(RestAssured.port,
                    "/api/v1/sources/admissions/items:batch", "X-Api-Key: " + secret + "\r\n", 40L * 1024 * 1024);
            assertEquals(413, status);
            Thread.sleep(300);
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        // the gateway resets the call to the service itself: nothing to warn about
        assertTrue(warnings.isEmpty(), () -> "logged: " + warnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
        int small = io.gongkai.gateway.testing.RawHttp.chunkedUpload(RestAssured.port,
                "/api/v1/sources/admissions/items:batch", "X-Api-Key: " + secret + "\r\nConnection: close\r\n", 1024 * 1024);
        assertEquals(200, small);
    }

    @Test
    void aSlowServiceIsA504NamingIt() {
        given().when().get("/api/v1/stats/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("status", is(504))
                .body("detail", containsString("stats"));
    }

    @Test
    void aStoppedServiceIs503NamingItThenTheBreakerOpensAndClosesAgain() throws Exception {
        Upstreams.stop("inquiry");
        try {
            given().when().get("/api/v1/calendar/2024")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("detail", containsString("inquiry"));
            // retries count as failures too: the breaker is open now and answers at once
            long started = System.nanoTime();
            given().when().get("/api/v1/calendar/2024")
                    .then().statusCode(503)
                    .body("detail", containsString("inquiry"))
                    .body("detail", containsString("failed repeatedly"));
            assertTrue(System.nanoTime() - started < 500_000_000L);
            // the breaker is open: readiness says so without waiting for its cached answers to expire
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'services' }.data.inquiry", containsString("DOWN"));
            // the other services are not affected
            given().when().get("/api/v1/channels").then().statusCode(200);
        } finally {
            Upstreams.start("inquiry");
        }
        Thread.sleep(1100);
        given().when().get("/api/v1/calendar/2024").then().statusCode(200).header("X-Upstream", "inquiry");
        given().when().get("/api/v1/calendar/2024").then().statusCode(200);
        Thread.sleep(2100); // the readiness answers are cached for 2 s
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void metricsNameRoutedPathsByPrefixNeverByItemId() {
        String first = java.util.UUID.randomUUID().toString();
        String second = java.util.UUID.randomUUID().toString();
        given().when().get("/api/v1/items/" + first).then().statusCode(200);
        given().when().get("/api/v1/items/" + second).then().statusCode(200);
        given().when().get("/api/v1/calendar").then().statusCode(200);
        given().when().get("/api/v1/items/" + first + "%2Fx").then().statusCode(400);
        String metrics = given().header("X-Api-Key", io.gongkai.gateway.testing.Keys.secret("[\"ops:metrics\"]", null, null))
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
        // the registry is the application's, shared with the other test classes: the series, not its count
        assertTrue(metrics.contains("gongkai_gateway_requests_seconds_count{method=\"GET\",route=\"disclosure\","
                + "status=\"200\",uri=\"/api/v1/items/**\"}"), "routed item reads are one series:\n" + metrics);
        assertTrue(metrics.contains("route=\"inquiry\",status=\"200\",uri=\"/api/v1/calendar\""),
                "a prefix itself is its own series");
        assertTrue(metrics.contains("route=\"gateway\",status=\"400\",uri=\"gateway\""), "a refused path is counted");
        assertTrue(!metrics.contains(first) && !metrics.contains(second), "an item id made a metrics series");
    }

    @Test
    void unknownApiPathsAndInternalPathsAreProblems() {
        given().when().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/internal/v1/events").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/itemsX").then().statusCode(404);
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void gatewayAnswersCarryCorsHeadersForThePortal() {
        given().header("Origin", "https://portal.example.edu")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .when().options("/api/v1/requests")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.example.edu")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://portal.example.edu").when().get("/api/v1/channels")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.example.edu");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/requests")
                .then().header("Access-Control-Allow-Origin", nullValue());
        assertTrue(Upstreams.seen().stream().noneMatch(s -> s.method().equals("OPTIONS")));
    }

    private static URI gateway(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

}
