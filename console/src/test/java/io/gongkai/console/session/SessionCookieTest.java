package io.gongkai.console.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.console.FakeApi;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

    private final SessionCookie cookies = new SessionCookie(FakeApi.SESSION_KEY, false);
    private final Session session = new Session("eyJhbGciOi.eyJ1cG4iOiJoYW5kbGVyMSJ9.c2ln", "handler1", "handler", 2_000_000_000L);

    @Test
    void aSealedSessionOpensAsItWasAndReadsAsNothing() {
        String sealed = cookies.seal(session);
        assertEquals(session, cookies.open(sealed).orElseThrow());
        assertFalse(sealed.contains("handler1") || sealed.contains("eyJ1cG4i"));
        assertNotEquals(sealed, cookies.seal(session), "a fresh nonce each time");
    }

    @Test
    void aChangedByteAnotherKeyOrGarbageOpenNothing() {
        byte[] bytes = Base64.getUrlDecoder().decode(cookies.seal(session));
        bytes[bytes.length - 1] ^= 1;
        assertTrue(cookies.open(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).isEmpty());
        SessionCookie other = new SessionCookie(Base64.getEncoder().encodeToString(new byte[32]), false);
        assertTrue(other.open(cookies.seal(session)).isEmpty());
        for (String garbage : new String[] {"", "x", "%%%", "AAAA", null}) {
            assertTrue(cookies.open(garbage).isEmpty());
        }
    }

    @Test
    void anotherInstanceWithTheSameKeyAcceptsTheCookie() {
        assertEquals(session, new SessionCookie(FakeApi.SESSION_KEY, true).open(cookies.seal(session)).orElseThrow());
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> new SessionCookie(Base64.getEncoder().encodeToString(new byte[16]), false));
    }

    @Test
    void aSessionEndsWhenItsTokenDoes() {
        assertTrue(new Session("t", "u", "handler", 100).expired(Instant.ofEpochSecond(100)));
        assertFalse(new Session("t", "u", "handler", 100).expired(Instant.ofEpochSecond(99)));
    }
}
