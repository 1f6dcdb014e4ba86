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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One access-log line per request (the test profile writes them to target/access.log as JSON, the prod
 * format): method, path, route, status, duration, caller, request id; never a secret or a query.
 */
@QuarkusTest
class AccessLogTest {

    private static final Path FILE = Path.of("target/access.log");
    private long offset;

    @BeforeEach
    void markTheEnd() throws IOException {
        Upstreams.clear();
        offset = Files.exists(FILE) ? Files.size(FILE) : 0;
    }

    @Test
    void aRoutedRequestWithAKeyLogsOneLineWithTheKeyIdAndNoSecret() throws Exception {
        JsonPath key = Keys.create("{\"name\":\"dashboard\",\"scopes\":[\"read\"]}");
        String secret = key.getString("secret");
        given().header("X-Api-Key", secret).header("X-Request-Id", "access-log-test-1")
                .when().get("/api/v1/items?q=secret-words")
                .then().statusCode(200);
        JsonPath entry = awaitEntry("/api/v1/items");
        assertEquals("io.gongkai.gateway.access", entry.getString("loggerName"));
        assertEquals("INFO", entry.getString("level"));
        assertEquals("access-log-test-1", entry.getString("mdc.requestId"));
        assertTrue(entry.getString("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), entry.getString("timestamp"));
        String line = entry.getString("message");
        assertTrue(line.matches("GET /api/v1/items route=disclosure status=200 ms=\\d+\\.\\d\\d caller=key:"
                + key.getString("id")), line);
        assertFalse(line.contains(secret.substring(0, 20)), line);
        assertFalse(line.contains("secret-words"), "the query may hold search words: " + line);
    }

    @Test
    void refusedAndUnroutedRequestsAreLoggedToo() throws Exception {
        assertEquals(400, RawHttp.get(RestAssured.port, "/api/v1/../internal/v1/events"));
        given().when().get("/nothing-here").then().statusCode(404);
        String refused = awaitEntry("/api/v1/../internal").getString("message");
        assertTrue(refused.startsWith("GET /api/v1/../internal/v1/events route=gateway status=400 ms="), refused);
        assertTrue(refused.endsWith(" caller=-"), refused);
        String unrouted = awaitEntry("/nothing-here").getString("message");
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

    /** The first line written since the test started whose message names this path. */
    private JsonPath awaitEntry(String pathStart) throws InterruptedException, IOException {
        List<String> lines = List.of();
        for (int i = 0; i < 100; i++) {
            lines = linesSinceStart();
            for (String line : lines) {
                JsonPath entry = JsonPath.from(line);
                if (entry.getString("message").contains(" " + pathStart)) {
                    return entry;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no access-log line for " + pathStart + " in " + lines);
    }

    private List<String> linesSinceStart() throws IOException {
        if (!Files.exists(FILE)) {
            return List.of();
        }
        byte[] all = Files.readAllBytes(FILE);
        String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        // a line is complete once its newline is written
        return text.isEmpty() ? List.of() : List.of(text.substring(0, text.lastIndexOf('\n') + 1).split("\n"));
    }
}
