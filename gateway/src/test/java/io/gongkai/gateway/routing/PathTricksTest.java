package io.gongkai.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.gateway.testing.RawHttp;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PathTricksTest {

    @BeforeEach
    void clear() {
        Upstreams.clear();
    }

    @Test
    void pathTricksAreRefusedAndReachNoService() {
        String[] tricks = {
                "/api/v1/../internal/v1/events",
                "/api/v1/items/../../internal/v1/events",
                "/api/v1/items/%2e%2e/%2e%2e/internal/v1/events",
                "/api/v1/items/..%2f..%2finternal%2fv1%2fevents",
                "/api/v1/items%2F..%2F..%2Finternal/v1/events",
                "/api/v1/items/%252e%252e/%252e%252e/internal/v1/events",
                "/api/v1/items%252f..%252finternal",
                "/api/v1/items/..\\..\\internal\\v1\\events",
                "/api/v1/items//..//internal",
                "//internal/v1/events",
                "/api/v1/items;/../internal/v1/events",
                "/api/v1/items/./x",
                "/internal/v1/events",
                "/internal/v1/events?after=0",
        };
        for (String trick : tricks) {
            int status = RawHttp.get(RestAssured.port, trick);
            assertTrue(status >= 400 && status < 500, trick + " answered " + status);
        }
        assertTrue(Upstreams.seen().isEmpty(), () -> "reached a service: " + Upstreams.seen());
    }

    @Test
    void headerFloodsAndHugeRequestLinesAreRefused() {
        StringBuilder flood = new StringBuilder("GET /api/v1/items HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (int i = 0; i < 400; i++) {
            flood.append("X-Flood-").append(i).append(": ").append("x".repeat(100)).append("\r\n");
        }
        flood.append("\r\n");
        int status = RawHttp.status(RestAssured.port, flood.toString());
        assertTrue(status >= 400 && status < 500, "header flood answered " + status);
        int longLine = RawHttp.get(RestAssured.port, "/api/v1/items?q=" + "a".repeat(10_000));
        assertTrue(longLine >= 400 && longLine < 500, "long request line answered " + longLine);
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void eachTrickIsNamedByTheGuard() {
        assertEquals("dot segment", PathGuard.trick("/api/v1/../internal"));
        assertEquals("dot segment", PathGuard.trick("/api/v1/items/.."));
        assertEquals("dot segment", PathGuard.trick("/api/v1/./items"));
        assertEquals("dot segment", PathGuard.trick("/.."));
        assertEquals("encoded separator", PathGuard.trick("/api/v1/%2E%2E/internal"));
        assertEquals("encoded separator", PathGuard.trick("/api/v1/items%2finternal"));
        assertEquals("encoded separator", PathGuard.trick("/api/v1/items%5Cx"));
        assertEquals("encoded separator", PathGuard.trick("/api/v1/%252e%252e"));
        assertEquals("encoded separator", PathGuard.trick("/api/v1/items%00"));
        assertEquals("encoded separator", PathGuard.trick("/api/v1/items%3B"));
        assertEquals("empty segment", PathGuard.trick("/api//v1"));
        assertEquals("forbidden character", PathGuard.trick("/api/v1/items;x"));
        assertEquals("forbidden character", PathGuard.trick("/api/v1/it ems"));
        assertEquals("forbidden character", PathGuard.trick("/api\\v1"));
        assertEquals("not absolute", PathGuard.trick("api/v1"));
        assertEquals("not absolute", PathGuard.trick(""));
        assertNull(PathGuard.trick("/api/v1/items/..x/.y/a.b%20c%"));
    }

    @Test
    void plainPathsPass() {
        assertNull(PathGuard.trick("/api/v1/items/42"));
        assertNull(PathGuard.trick("/api/v1/units/%E6%95%99%E5%8A%A1%E5%A4%84"));
        assertNull(PathGuard.trick("/api/v1/sources/news-office/items:batch"));
        assertTrue(RawHttp.get(RestAssured.port, "/api/v1/items/42") == 200);
    }
}
