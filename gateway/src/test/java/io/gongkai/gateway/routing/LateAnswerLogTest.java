package io.gongkai.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A 504 while the caller is still sending its body: the rest of the body goes nowhere, and no error per chunk is logged. */
@QuarkusTest
class LateAnswerLogTest {

    @Test
    void chunksAfterA504AreDroppedWithoutAnErrorEach() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        String status;
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            CompletableFuture<String> statusLine = CompletableFuture.supplyAsync(() -> {
                try {
                    InputStream in = socket.getInputStream();
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    int b;
                    while ((b = in.read()) != -1 && b != '\n') {
                        line.write(b);
                    }
                    return line.toString(StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    return "failed " + e;
                }
            });
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/stats/slow HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                    + "Content-Type: application/json\r\nX-Gongkai-Hop: test-hop-credential\r\nX-Forwarded-For: 198.51.100.70\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = ("400\r\n" + "x".repeat(1024) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            try {
                for (int i = 0; i < 25; i++) {
                    out.write(chunk);
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException closedByTheGateway) {
                // the connection closes after the 504: what the test wants
            }
            status = statusLine.get(10, TimeUnit.SECONDS);
            Thread.sleep(300);
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertTrue(status.contains(" 504 "), status);
        assertTrue(errors.isEmpty(), () -> "logged: " + errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }
}
