package io.gongkai.gateway.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request exactly as written (no client normalises the path), returns the status code. */
public final class RawHttp {

    private RawHttp() {
    }

    public static int status(int port, String requestLineAndHeaders) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(requestLineAndHeaders.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            String status = line.toString(StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int get(int port, String rawPath) {
        return status(port, "GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /**
     * Streams a chunked body of {@code total} bytes while another thread reads the answer (which may
     * come, with the connection closed, before the body is all sent); returns the status code.
     */
    public static int chunkedUpload(int port, String path, String headers, long total) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            java.util.concurrent.CompletableFuture<String> statusLine = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
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
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[65536];
            java.util.Arrays.fill(chunk, (byte) 'x');
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            try {
                for (long sent = 0; sent < total && !statusLine.isDone(); sent += chunk.length) {
                    out.write(head);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedByTheServer) {
                // expected when the server refuses the body: its answer is read below
            }
            String status = statusLine.get(20, java.util.concurrent.TimeUnit.SECONDS);
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
