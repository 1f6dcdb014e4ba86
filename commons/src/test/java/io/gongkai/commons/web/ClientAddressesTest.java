package io.gongkai.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    /** SHA-256 of "test-gateway-hop-credential", the gateway's credential in the tests. */
    private static final String GATEWAY = "4ef410cd250639ba71ee4b43bea5a175ca85b638719a6b18152be0a07143383f";

    private final ClientAddresses addresses = new ClientAddresses(Optional.of(List.of(GATEWAY)));

    @Test
    void theGatewaysForwardedAddressCountsWithItsCredential() {
        assertEquals("203.0.113.7", addresses.decide("test-gateway-hop-credential", "203.0.113.7", "127.0.0.1"));
        assertEquals("203.0.113.7", addresses.decide("test-gateway-hop-credential", "10.1.1.1, 203.0.113.7", "127.0.0.1"));
    }

    @Test
    void aForwardedAddressWithoutTheCredentialIsIgnoredEvenFromLoopback() {
        assertEquals("127.0.0.1", addresses.decide(null, "203.0.113.7", "127.0.0.1"));
        assertEquals("127.0.0.1", addresses.decide("a guess", "203.0.113.7", "127.0.0.1"));
        assertEquals("127.0.0.1", new ClientAddresses(Optional.empty()).decide("test-gateway-hop-credential", "203.0.113.7",
                "127.0.0.1"));
    }

    @Test
    void somethingThatIsNoAddressIsIgnored() {
        assertEquals("127.0.0.1", addresses.decide("test-gateway-hop-credential", "203.0.113.7, evil", "127.0.0.1"));
        assertEquals("127.0.0.1", addresses.decide("test-gateway-hop-credential", null, "127.0.0.1"));
    }
}
