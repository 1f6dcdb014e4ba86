package io.gongkai.stats.feed;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A producer's event feed faked at the HTTP level: the events a test adds, served in order after the
 * position asked for, with the head and lag a real feed gives, and the failures a test asks for
 * (an error status, a stall past the consumer's timeout). Only the right service credential is served.
 */
public class FakeFeed implements QuarkusTestResourceLifecycleManager {

    private static final List<String> EVENTS = new ArrayList<>();
    private static final ConcurrentLinkedQueue<Integer> FAILURES = new ConcurrentLinkedQueue<>();
    static final AtomicInteger REFUSED_CREDENTIALS = new AtomicInteger();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/internal/v1/events", exchange -> {
            Integer failure = FAILURES.poll();
            if (failure != null && failure < 0) {
                sleep(-failure);
            }
            String body;
            int status = 200;
            if (failure != null && failure > 0) {
                status = failure;
                body = "{\"status\":" + failure + "}";
            } else if (!"test-feed-credential".equals(exchange.getRequestHeaders().getFirst("X-Service-Credential"))) {
                REFUSED_CREDENTIALS.incrementAndGet();
                status = 401;
                body = "{\"status\":401}";
            } else {
                body = page(query(exchange.getRequestURI().getRawQuery()));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("gongkai.stats.feeds.producers.disclosure.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Adds an event (the "position" field is given here, in order) and returns its position. */
    static synchronized String add(String type, String aggregateId, String occurredAt, String payloadJson) {
        String position = "900-" + (EVENTS.size() + 1);
        EVENTS.add("{\"position\":\"" + position + "\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type
                + "\",\"aggregateId\":\"" + aggregateId + "\",\"occurredAt\":\"" + occurredAt + "\",\"recordedAt\":\"" + occurredAt
                + "\",\"payload\":" + payloadJson + "}");
        return position;
    }

    /** Adds raw event JSON (for events a consumer cannot read); {position} becomes its position. */
    static synchronized String addRaw(String json) {
        String position = "900-" + (EVENTS.size() + 1);
        EVENTS.add(json.replace("{position}", position));
        return position;
    }

    /** Serves the event at {@code position} again, same id, at the end of the feed (a producer replaying). */
    static synchronized String repeat(String position) {
        String event = EVENTS.get(Integer.parseInt(position.substring(position.indexOf('-') + 1)) - 1);
        String again = "900-" + (EVENTS.size() + 1);
        EVENTS.add(event.replace("\"position\":\"" + position + "\"", "\"position\":\"" + again + "\""));
        return again;
    }

    /** The next poll answers this status (or, negative, stalls that many milliseconds first). */
    static void failNext(int statusOrStallMillis) {
        FAILURES.add(statusOrStallMillis);
    }

    private static synchronized String page(Map<String, String> query) {
        String after = query.getOrDefault("after", "0");
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        int start = "0".equals(after) ? 0 : Integer.parseInt(after.substring(after.indexOf('-') + 1));
        List<String> served = EVENTS.subList(Math.min(start, EVENTS.size()), Math.min(start + limit, EVENTS.size()));
        int next = start + served.size();
        String head = EVENTS.isEmpty() ? "0" : "900-" + EVENTS.size();
        String nextPosition = served.isEmpty() ? after : "900-" + next;
        return "{\"events\":[" + String.join(",", served) + "],\"nextPosition\":\"" + nextPosition + "\",\"head\":\"" + head
                + "\",\"lag\":" + (EVENTS.size() - next) + "}";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
