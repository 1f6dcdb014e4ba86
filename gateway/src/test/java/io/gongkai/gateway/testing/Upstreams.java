package io.gongkai.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Three small HTTP servers standing in for the services behind the gateway (on free loopback ports,
 * configured into the gateway): they echo what reached them, stream large bodies, answer slowly, serve
 * the services' real OpenAPI documents, and can be stopped and started again mid-test.
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {

    public static final List<String> NAMES = List.of("disclosure", "inquiry", "stats");
    public static final String IDP_ISSUER = "https://sso.example.edu";
    /** Names the stub on every answer it gives (the contract check leaves stub answers alone: StubAnswersUnchecked). */
    public static final String STUB_HEADER = "X-Upstream";
    /** Every request that reached a stub under /api. */
    public static final ConcurrentLinkedQueue<Seen> SEEN = new ConcurrentLinkedQueue<>();
    /** Completed by a test to let a held stream go on (proves the gateway does not wait for the whole body). */
    public static volatile Promise<Void> release = Promise.promise();

    /** The sources the disclosure stub knows (those of the demo data): GET /api/v1/sources/{code} is 200 for them, 404 else. */
    public static final java.util.Set<String> REGISTERED_SOURCES = java.util.Set.of("admissions", "finance", "hr", "portal-cms",
            "news-office");
    /** The gateway's own questions whether a source is registered (kept apart from {@link #SEEN}, which holds routed calls). */
    public static final ConcurrentLinkedQueue<Seen> SOURCE_LOOKUPS = new ConcurrentLinkedQueue<>();

    private static Vertx vertx;
    private static final Map<String, Stub> STUBS = new LinkedHashMap<>();

    public record Seen(String service, String method, String uri, MultiMap headers) {
    }

    @Override
    public synchronized Map<String, String> start() {
        if (vertx == null) {
            vertx = Vertx.vertx();
            for (String name : NAMES) {
                Stub stub = new Stub(name, freePort());
                stub.start();
                STUBS.put(name, stub);
            }
        }
        Map<String, String> config = new HashMap<>();
        STUBS.forEach((name, stub) -> config.put("gongkai.routes." + name + ".url", "http://127.0.0.1:" + stub.port));
        // the campus identity provider: its JWKS is served by one of the stubs
        config.put("gongkai.idp.jwks-url", "http://127.0.0.1:" + STUBS.get("stats").port + "/idp/jwks.json");
        config.put("gongkai.idp.issuer", IDP_ISSUER);
        config.put("gongkai.gateway.timeout", "1S");
        config.put("gongkai.gateway.breaker.failures", "3");
        config.put("gongkai.gateway.breaker.open-for", "1S");
        return config;
    }

    @Override
    public void stop() {
        // the stubs outlive one Quarkus start: the next test profile starts the gateway against the same ports
    }

    public static void stop(String name) {
        STUBS.get(name).stop();
    }

    public static void start(String name) {
        STUBS.get(name).start();
    }

    /** Services that take every request and never answer it (a frozen process), until {@link #recover}. */
    private static final java.util.Set<String> STALLED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public static void stall(String name) {
        STALLED.add(name);
    }

    public static void recover(String name) {
        STALLED.remove(name);
    }

    public static int port(String name) {
        return STUBS.get(name).port;
    }

    /** The requests that reached any stub since the last clear. */
    public static List<Seen> seen() {
        return List.copyOf(SEEN);
    }

    public static void clear() {
        SEEN.clear();
        SOURCE_LOOKUPS.clear();
    }

    /** The service's real document (written by its build), else the fixture captured from it. */
    public static byte[] openApiDocument(String name) {
        // read once: a service being rebuilt meanwhile must not change the document under the test
        return DOCUMENTS.computeIfAbsent(name, Upstreams::readOpenApiDocument);
    }

    private static final Map<String, byte[]> DOCUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] readOpenApiDocument(String name) {
        Path built = Path.of("..", name + "-service", "target", "openapi", "openapi.json");
        try {
            if (Files.isRegularFile(built)) {
                return Files.readAllBytes(built);
            }
            try (InputStream in = Upstreams.class.getResourceAsStream("/openapi/" + name + "-service.json")) {
                if (in == null) {
                    throw new IllegalStateException("no OpenAPI document for " + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Stub {
        final String name;
        final int port;
        HttpServer server;

        Stub(String name, int port) {
            this.name = name;
            this.port = port;
        }

        void start() {
            try {
                server = vertx.createHttpServer().requestHandler(this::handle).listen(port, "127.0.0.1")
                        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("stub " + name + " did not start", e);
            }
        }

        void stop() {
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void handle(HttpServerRequest request) {
            String path = request.path();
            HttpServerResponse response = request.response();
            if (path.equals("/q/health/ready")) {
                response.putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
                return;
            }
            if (path.equals("/idp/jwks.json")) {
                try (InputStream in = Upstreams.class.getResourceAsStream("/idp/jwks.json")) {
                    response.putHeader("Content-Type", "application/json").end(Buffer.buffer(in.readAllBytes()));
                } catch (IOException e) {
                    response.setStatusCode(500).end();
                }
                return;
            }
            if (path.equals("/q/openapi")) {
                response.putHeader("Content-Type", "application/json").end(Buffer.buffer(openApiDocument(name)));
                return;
            }
            if (name.equals("disclosure") && request.method().name().equals("GET") && path.matches("/api/v1/sources/[^/]+")
                    && !STALLED.contains(name)) {
                SOURCE_LOOKUPS.add(new Seen(name, "GET", request.uri(), MultiMap.caseInsensitiveMultiMap().addAll(request.headers())));
                String code = path.substring("/api/v1/sources/".length());
                boolean known = REGISTERED_SOURCES.contains(code);
                response.setStatusCode(known ? 200 : 404).putHeader(STUB_HEADER, name)
                        .putHeader("Content-Type", known ? "application/json" : "application/problem+json")
                        .end(known ? "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"active\":true}"
                                : "{\"status\":404,\"title\":\"Not found\"}");
                return;
            }
            SEEN.add(new Seen(name, request.method().name(), request.uri(), MultiMap.caseInsensitiveMultiMap().addAll(request.headers())));
            response.putHeader(STUB_HEADER, name);
            if (STALLED.contains(name)) {
                return; // taken, never answered
            }
            if (path.endsWith("/refuse-early")) {
                // a service refusing a body it will not read: its answer, then the connection closes under the upload
                response.setStatusCode(413).putHeader("Connection", "close").end("{\"status\":413}");
                request.connection().close();
                return;
            }
            if (path.endsWith("/slow")) {
                long timer = vertx.setTimer(3000, t -> {
                    if (!response.closed()) {
                        response.end("late");
                    }
                });
                response.closeHandler(v -> vertx.cancelTimer(timer));
                return;
            }
            if (path.endsWith("/export.csv")) {
                stream(request, response);
                return;
            }
            long[] bytes = {0};
            request.handler(chunk -> bytes[0] += chunk.length());
            request.endHandler(v -> {
                JsonObject echo = new JsonObject()
                        .put("service", name)
                        .put("method", request.method().name())
                        .put("path", path)
                        .put("query", request.query())
                        .put("bytes", bytes[0])
                        .put("authorization", request.getHeader("Authorization"));
                String status = request.getParam("status");
                response.setStatusCode(status != null ? Integer.parseInt(status) : 200)
                        .putHeader("Content-Type", "application/json")
                        .putHeader(STUB_HEADER, name)
                        .putHeader("Keep-Alive", "timeout=5");
                response.headers().add("Set-Cookie", "a=1").add("Set-Cookie", "b=2");
                if ("public".equals(request.getParam("cache"))) {
                    // as the services answer public reads: cacheable by shared caches, varying on the language
                    response.putHeader("Cache-Control", "public, max-age=60").putHeader("Vary", "Accept-Language");
                }
                if (request.getHeader("X-Request-Id") != null) {
                    response.putHeader("X-Request-Id", request.getHeader("X-Request-Id")); // as the services echo it
                }
                response.end(echo.encode());
            });
        }

        /** mb megabytes of CSV; with hold=true the stub stops after the first megabyte until {@link #release}. */
        void stream(HttpServerRequest request, HttpServerResponse response) {
            long total = Long.parseLong(request.getParam("mb", "1")) * 1024 * 1024;
            boolean hold = Boolean.parseBoolean(request.getParam("hold", "false"));
            Buffer chunk = Buffer.buffer("id,title,unit\n".repeat(4700).substring(0, 65536));
            response.setChunked(true).putHeader("Content-Type", "text/csv");
            new Runnable() {
                long sent;
                boolean held;

                @Override
                public void run() {
                    while (sent < total && !response.writeQueueFull()) {
                        if (hold && !held && sent >= 1024 * 1024) {
                            held = true;
                            release.future().onComplete(v -> run());
                            return;
                        }
                        response.write(chunk);
                        sent += chunk.length();
                    }
                    if (sent >= total) {
                        response.end();
                    } else {
                        response.drainHandler(v -> run());
                    }
                }
            }.run();
        }
    }
}
