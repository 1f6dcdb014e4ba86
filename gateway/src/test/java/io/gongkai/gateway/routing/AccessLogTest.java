package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.gateway.testing.Keys;
import io.gongkai.gateway.testing.RawHttp;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One access-log line per request: method, path, route, status, duration, caller; never a secret or a query. */
@QuarkusTest
class AccessLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Upstreams.clear();
        Logger.getLogger("io.gongkai.gateway.access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("io.gongkai.gateway.access").removeHandler(capture);
    }

    @Test
    void aRoutedRequestWithAKeyLogsOneLineWithTheKeyIdAndNoSecret() throws InterruptedException {
        JsonPath key = Keys.create("{\"name\":\"dashboard\",\"scopes\":[\"read\"]}");
        String secret = key.getString("secret");
        given().header("X-Api-Key", secret).when().get("/api/v1/items?q=secret-words")
                .then().statusCode(200);
        String line = awaitLine("/api/v1/items");
        assertTrue(line.matches("GET /api/v1/items route=disclosure status=200 ms=\\d+\\.\\d\\d caller=key:"
                + key.getString("id")), line);
        assertFalse(line.contains(secret.substring(0, 20)), line);
        assertFalse(line.contains("secret-words"), "the query may hold search words: " + line);
    }

    @Test
    void refusedAndUnroutedRequestsAreLoggedToo() throws InterruptedException {
        assertEquals(400, RawHttp.get(RestAssured.port, "/api/v1/../internal/v1/events"));
        given().when().get("/nothing-here").then().statusCode(404);
        String refused = awaitLine("/api/v1/../internal");
        assertTrue(refused.startsWith("GET /api/v1/../internal/v1/events route=gateway status=400 ms="), refused);
        assertTrue(refused.endsWith(" caller=-"), refused);
        String unrouted = awaitLine("/nothing-here");
        assertTrue(unrouted.startsWith("GET /nothing-here route=gateway status=404 ms="), unrouted);
    }

    @Test
    void aLongPathIsCut() {
        StringBuilder line = new StringBuilder();
        AccessLog.appendPrintable(line, "/" + "a".repeat(300));
        assertEquals(200 + "...".length(), line.length());
        assertTrue(line.toString().endsWith("a..."));
        StringBuilder odd = new StringBuilder();
        AccessLog.appendPrintable(odd, "/x\ny\u0000z\u00e9");
        assertEquals("/x?y?z?", odd.toString());
    }

    private String awaitLine(String pathStart) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (String line : lines) {
                if (line.contains(" " + pathStart)) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no access-log line for " + pathStart + " in " + lines);
    }
}
