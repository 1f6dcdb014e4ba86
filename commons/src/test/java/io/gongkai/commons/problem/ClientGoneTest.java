package io.gongkai.commons.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** A caller that closed its connection mid-request is normal traffic, not an error of ours. */
class ClientGoneTest {

    @Test
    void aClosedConnectionAnywhereInTheCauseChainIsTheClientGone() {
        assertTrue(ProblemMappers.clientGone(new IOException(new HttpClosedException("Connection was closed"))));
        assertTrue(ProblemMappers.clientGone(new ClosedChannelException()));
    }

    @Test
    void otherFailuresAreOurs() {
        assertFalse(ProblemMappers.clientGone(new IOException("disk full")));
        assertFalse(ProblemMappers.clientGone(new IllegalStateException("bug")));
    }
}
