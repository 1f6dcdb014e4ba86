package io.gongkai.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogWriterTest {

    /** Remembers every write separately, as the kernel would see them. */
    private static final class Writes extends OutputStream {
        final List<String> writes = new ArrayList<>();

        @Override
        public void write(int b) {
            writes.add(String.valueOf((char) b));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(new String(b, off, len, StandardCharsets.UTF_8));
        }

        String all() {
            return String.join("", writes);
        }
    }

    @Test
    void jsonLinesHaveTheFieldsOfTheOtherLogLinesAndEscapeTheMessage() throws IOException {
        Writes out = new Writes();
        AccessLogWriter writer = new AccessLogWriter(out, true, 100);
        writer.add(new AccessLogWriter.Entry(0, "req-1", "GET /a\"b\\c route=gateway status=404"));
        writer.add(new AccessLogWriter.Entry(1000, null, "GET /second"));
        assertEquals(2, writer.drain());
        String[] lines = out.all().split("\n", -1);
        assertEquals(3, lines.length, out.all());
        assertEquals("", lines[2], "every line ends with a newline");
        JsonPath first = JsonPath.from(lines[0]);
        assertEquals("1970-01-01T00:00:00Z", first.getString("timestamp"));
        assertEquals("io.gongkai.gateway.access", first.getString("loggerName"));
        assertEquals("INFO", first.getString("level"));
        assertEquals("GET /a\"b\\c route=gateway status=404", first.getString("message"));
        assertEquals("req-1", first.getString("mdc.requestId"));
        assertEquals("GET /second", JsonPath.from(lines[1]).getString("message"));
        assertEquals(null, JsonPath.from(lines[1]).getString("mdc.requestId"));
        assertEquals(0, writer.drain(), "nothing is written twice");
    }

    @Test
    void textLinesLookLikeTheConsoleFormat() throws IOException {
        Writes out = new Writes();
        AccessLogWriter writer = new AccessLogWriter(out, false, 100);
        writer.add(new AccessLogWriter.Entry(System.currentTimeMillis(), "req-2", "GET /x route=gateway status=200"));
        writer.drain();
        assertTrue(out.all().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[io\\.gongkai\\.gateway\\.access\\] "
                + "\\[req:req-2\\] GET /x route=gateway status=200\n"), out.all());
    }

    @Test
    void manyLinesGoOutInFewWritesThatEndAtALineEndAndFitInAPipeBuffer() throws IOException {
        Writes out = new Writes();
        AccessLogWriter writer = new AccessLogWriter(out, true, 10_000);
        for (int i = 0; i < 1000; i++) {
            writer.add(new AccessLogWriter.Entry(i, "req-" + i, "GET /api/v1/items/" + i + " route=disclosure status=200"));
        }
        assertEquals(1000, writer.drain());
        assertTrue(out.writes.size() < 100, out.writes.size() + " writes");
        for (String write : out.writes) {
            assertTrue(write.length() <= AccessLogWriter.CHUNK, "a write of " + write.length() + " bytes");
            assertTrue(write.endsWith("\n"), "a write that ends mid-line");
        }
        String[] lines = out.all().split("\n");
        assertEquals(1000, lines.length);
        for (int i = 0; i < 1000; i++) {
            assertEquals("req-" + i, JsonPath.from(lines[i]).getString("mdc.requestId"), "lines keep their order");
        }
    }

    @Test
    void aWriterThatFallsBehindDropsAndCountsInsteadOfGrowing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessLogWriter writer = new AccessLogWriter(out, false, 3);
        for (int i = 0; i < 5; i++) {
            writer.add(new AccessLogWriter.Entry(0, "r", "line " + i));
        }
        assertEquals(3, writer.drain());
        assertEquals(2, writer.takeDropped());
        assertEquals(0, writer.takeDropped(), "a drop is reported once");
        writer.add(new AccessLogWriter.Entry(0, "r", "after"));
        assertEquals(1, writer.drain(), "room again once drained");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("] after\n"));
    }
}
