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
    public static volatile boolean coverageDown;
    /** Coverage requests answered or refused, for tests of the report's annex cache. */
    public static final AtomicInteger COVERAGE_CALLS = new AtomicInteger();
    private static final String COVERAGE = "{\"checklist\":\"2014\",\"entries\":[{\"itemNo\":\"1\",\"category\":1,"
            + "\"categoryName\":\"基本信息\",\"title\":\"办学规模、校级领导班子简介及分工\",\"covered\":true,\"count\":3,"
            + "\"latest\":[{\"title\":\"学校简介\",\"url\":\"https://xxgk.example.edu.cn/jbxx.htm\"}]},"
            + "{\"itemNo\":\"7\",\"category\":2,\"categoryName\":\"招生考试信息\",\"title\":\"招生章程\",\"covered\":false,"
            + "\"count\":0,\"latest\":[]}]}";

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
        // disclosure-service's checklist coverage, the report's annex (two items: one covered, one a gap)
        server.createContext("/api/v1/checklist/coverage", exchange -> {
            COVERAGE_CALLS.incrementAndGet();
            int status = coverageDown ? 503 : 200;
            byte[] bytes = (coverageDown ? "{\"status\":503}" : COVERAGE).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("gongkai.stats.feeds.producers.disclosure.url", url, "quarkus.rest-client.coverage.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Adds an event (the "position" field is given here, in order) and returns its position. */
    public static synchronized String add(String type, String aggregateId, String occurredAt, String payloadJson) {
        String position = "900-" + (EVENTS.size() + 1);
        EVENTS.add("{\"position\":\"" + position + "\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type
                + "\",\"aggregateId\":\"" + aggregateId + "\",\"occurredAt\":\"" + occurredAt + "\",\"recordedAt\":\"" + occurredAt
                + "\",\"payload\":" + payloadJson + "}");
        return position;
    }

    /** Adds raw event JSON (for events a consumer cannot read); {position} becomes its position. */
    public static synchronized String addRaw(String json) {
        String position = "900-" + (EVENTS.size() + 1);
        EVENTS.add(json.replace("{position}", position));
        return position;
    }

    /** Serves the event at {@code position} again, same id, at the end of the feed (a producer replaying). */
    public static synchronized String repeat(String position) {
        String event = EVENTS.get(Integer.parseInt(position.substring(position.indexOf('-') + 1)) - 1);
        String again = "900-" + (EVENTS.size() + 1);
        EVENTS.add(event.replace("\"position\":\"" + position + "\"", "\"position\":\"" + again + "\""));
        return again;
    }

    /** The next poll answers this status (or, negative, stalls that many milliseconds first). */
    public static void failNext(int statusOrStallMillis) {
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
