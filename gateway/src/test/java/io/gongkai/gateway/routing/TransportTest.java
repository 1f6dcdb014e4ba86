package io.gongkai.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The gateway's event loops run on Netty's epoll transport (it cost less CPU per routed call than Java NIO
 * at 64 connections in the benchmark). Without its native library on the class path Vert.x falls back to
 * NIO with only a log line; this test makes the loss visible.
 */
@QuarkusTest
class TransportTest {

    @Inject
    Vertx vertx;

    @Test
    void eventLoopsUseTheNativeTransport() {
        assertTrue(vertx.isNativeTransportEnabled(), () -> "native transport unavailable: "
                + vertx.unavailableNativeTransportCause());
    }
}
