package io.gongkai.gateway.routing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The access log's own writer: a request only queues its line (no lock, no thread to wake), and
 * {@link #drain()} writes what has queued in a few large writes. Through the log manager, each line woke
 * its async writer thread and cost a write of its own: about a quarter of the gateway's CPU per routed
 * call on 2 cores. Lines come out in the format of the other log lines (JSON in prod, text elsewhere).
 * Writes never exceed {@link #CHUNK} bytes and end at a line end, so that on a pipe (a container's
 * stdout) they never interleave with the log manager's own lines.
 */
final class AccessLogWriter {

    /** What a request leaves behind: its end time, its request id and its line. */
    record Entry(long epochMillis, String requestId, String message) {
    }

    static final String LOGGER = "io.gongkai.gateway.access";
    /** PIPE_BUF on Linux: a write of at most this size to a pipe is atomic. */
    static final int CHUNK = 4096;
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final int capacity;
    private final boolean json;
    private final OutputStream out;
    // no separator between root values: each line ends with its own newline
    private final JsonFactory jsonFactory = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    private final ZoneId zone = ZoneId.systemDefault();

    AccessLogWriter(OutputStream out, boolean json, int capacity) {
        this.out = out;
        this.json = json;
        this.capacity = capacity;
    }

    /** Queues a line; when the writer is this far behind, the line is dropped and counted instead. */
    void add(Entry entry) {
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queue.add(entry);
    }

    /** Lines dropped since the last call (the caller reports them through the ordinary log). */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    /** Writes every queued line; called by one thread at a time. Returns how many lines it wrote. */
    synchronized int drain() throws IOException {
        Batch batch = new Batch(4 * CHUNK);
        int written = 0;
        try (JsonGenerator generator = json ? jsonFactory.createGenerator(batch) : null) {
            int chunkStart = 0;
            int lineStart = 0;
            for (Entry entry; (entry = queue.poll()) != null; ) {
                queued.decrementAndGet();
                format(entry, generator, batch);
                written++;
                if (batch.size() - chunkStart > CHUNK && lineStart > chunkStart) {
                    out.write(batch.buf(), chunkStart, lineStart - chunkStart);
                    chunkStart = lineStart;
                }
                lineStart = batch.size();
                if (chunkStart > 16 * CHUNK) { // keep the buffer small however long the queue
                    batch.dropFirst(chunkStart);
                    lineStart -= chunkStart;
                    chunkStart = 0;
                }
            }
            if (batch.size() > chunkStart) {
                out.write(batch.buf(), chunkStart, batch.size() - chunkStart);
            }
        }
        out.flush();
        return written;
    }

    /** Appends one line, newline included (one generator serves a whole batch: making one per line cost more than the line). */
    private void format(Entry entry, JsonGenerator generator, Batch batch) throws IOException {
        if (generator == null) {
            String text = LocalTime.ofInstant(Instant.ofEpochMilli(entry.epochMillis()), zone).format(TEXT_TIME)
                    + " INFO  [" + LOGGER + "] [req:" + entry.requestId() + "] " + entry.message() + "\n";
            batch.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        generator.writeStartObject();
        generator.writeStringField("timestamp", Instant.ofEpochMilli(entry.epochMillis()).toString());
        generator.writeStringField("loggerName", LOGGER);
        generator.writeStringField("level", "INFO");
        generator.writeStringField("message", entry.message());
        generator.writeObjectFieldStart("mdc");
        if (entry.requestId() != null) {
            generator.writeStringField("requestId", entry.requestId());
        }
        generator.writeEndObject();
        generator.writeEndObject();
        generator.flush();
        batch.write('\n');
    }

    /** A byte buffer whose bytes can be written out in slices without a copy. */
    private static final class Batch extends ByteArrayOutputStream {
        Batch(int size) {
            super(size);
        }

        byte[] buf() {
            return buf;
        }

        void dropFirst(int n) {
            System.arraycopy(buf, n, buf, 0, count - n);
            count -= n;
        }
    }
}
