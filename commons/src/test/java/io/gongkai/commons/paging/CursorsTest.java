package io.gongkai.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.commons.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void aCursorRoundTripsItsParts() {
        String cursor = Cursors.encode("2022-09-30T10:00:00+08:00", "0b7c1e5e-0000-4000-8000-000000000001", "招生");
        assertEquals(List.of("2022-09-30T10:00:00+08:00", "0b7c1e5e-0000-4000-8000-000000000001", "招生"),
                Cursors.decode(cursor, 3));
    }

    @Test
    void aCursorIsUrlSafe() {
        String cursor = Cursors.encode("??>>", "~~~");
        assertEquals(cursor, java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void garbageIsA400NeverA500() {
        for (String garbage : new String[] {"%%%", "not-base64!", "", "YWJj", Cursors.encode("a"), "' or 1=1 --"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Cursors.decode(garbage, 2), garbage);
            assertEquals(400, e.status());
            assertEquals("cursor", e.violations().get(0).field());
        }
    }
}
