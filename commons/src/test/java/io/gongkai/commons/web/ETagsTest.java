package io.gongkai.commons.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void theCurrentVersionMatchesInEveryWayAClientMayWriteIt() {
        for (String ifMatch : new String[] {"\"3\"", "W/\"3\"", "\"1\", \"3\"", "*", "", null}) {
            assertDoesNotThrow(() -> ETags.requireMatch(ifMatch, 3), String.valueOf(ifMatch));
        }
    }

    @Test
    void aStaleVersionIs412() {
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3));
        assertEquals(412, e.status());
        assertThrows(ProblemException.class, () -> ETags.requireMatch("\"33\"", 3));
        assertThrows(ProblemException.class, () -> ETags.requireMatch("garbage", 3));
    }

    @Test
    void theTagIsTheVersion() {
        assertEquals("\"7\"", ETags.of(7).toString());
    }
}
