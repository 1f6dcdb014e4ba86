package io.gongkai.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestTargetsTest {

    /** A target as Netty hands it over: one char per byte of the request line. */
    private static String onTheWire(String target) {
        return new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void rawUtf8IsValidAndBecomesPercentEncoded() {
        String raw = onTheWire("/api/v1/items?q=招生&limit=5");
        assertNull(RequestTargets.problem(raw));
        assertEquals("/api/v1/items?q=%E6%8B%9B%E7%94%9F&limit=5", RequestTargets.percentEncoded(raw));
    }

    @Test
    void plainAndPercentEncodedTargetsPassUnchanged() {
        assertNull(RequestTargets.problem("/api/v1/items?q=%E6%8B%9B%E7%94%9F&cursor=abc"));
        assertEquals(false, RequestTargets.hasRawBytes("/api/v1/items?q=%E6%8B%9B"));
    }

    @Test
    void brokenEscapesNonUtf8AndControlCharactersAreRefused() {
        assertNotNull(RequestTargets.problem("/api/v1/items?cursor=%%%garbage"));
        assertNotNull(RequestTargets.problem("/api/v1/items?q=%E6%8B"));
        assertNotNull(RequestTargets.problem("/api/v1/items?q=%FF"));
        assertNotNull(RequestTargets.problem("/api/v1/items?q=%4"));
        assertNotNull(RequestTargets.problem(new String(new byte[] {'/', (byte) 0xe9}, StandardCharsets.ISO_8859_1)));
        assertNotNull(RequestTargets.problem("/api/v1/items?q=a\u0001"));
        assertNotNull(RequestTargets.problem(""));
    }
}
