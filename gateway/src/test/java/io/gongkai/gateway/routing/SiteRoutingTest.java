package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The public column behind the gateway: every path outside /api, /q and /internal goes to web (gongkai.site.url),
 * with the caller's address forwarded; the API's paths, the gateway's own and the internal ones never do.
 */
@QuarkusTest
@TestProfile(SiteRoutingTest.WithSite.class)
class SiteRoutingTest {

    public static class WithSite implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Site.class));
        }
    }

    /** A stand-in for web: answers every page with the path it was asked for. */
    public static class Site implements QuarkusTestResourceLifecycleManager {
        static final List<String> ASKED = new CopyOnWriteArrayList<>();
        static final List<String> FORWARDED_FOR = new CopyOnWriteArrayList<>();
        static final List<String> COOKIES = new CopyOnWriteArrayList<>();
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                ASKED.add(exchange.getRequestURI().toString());
                FORWARDED_FOR.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
                COOKIES.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
                byte[] page = ("<!DOCTYPE html><html lang=\"zh-CN\"><title>信息公开专栏</title><p>" + exchange.getRequestURI().getPath())
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            return Map.of("gongkai.site.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void stop() {
            server.stop(0);
        }
    }

    @Test
    void pagesGoToTheColumnWithTheVisitorsAddress() {
        Site.ASKED.clear();
        for (String page : List.of("/", "/catalog?year=2022", "/search?q=%E6%8B%9B%E7%94%9F", "/items/3b1f6d2e-7c4a-4e8b-9a51-0d2c6f8e9a10",
                "/css/column.css")) {
            given().urlEncodingEnabled(false).when().get(page).then().statusCode(200).contentType(startsWith("text/html"));
        }
        assertEquals(List.of("/", "/catalog?year=2022", "/search?q=%E6%8B%9B%E7%94%9F", "/items/3b1f6d2e-7c4a-4e8b-9a51-0d2c6f8e9a10",
                "/css/column.css"), Site.ASKED);
        assertTrue(Site.FORWARDED_FOR.stream().allMatch(a -> a.startsWith("127.0.0.1")), Site.FORWARDED_FOR.toString());
    }

    @Test
    void theColumnGetsItsCookiesForItsFormsCsrfToken() {
        Site.COOKIES.clear();
        given().cookie("csrf-token", "t0k3n").contentType("application/x-www-form-urlencoded").body("csrf-token=t0k3n&q=1")
                .when().post("/ask").then().statusCode(200);
        assertEquals(List.of("csrf-token=t0k3n"), Site.COOKIES);
    }

    @Test
    void theApiTheGatewaysOwnPathsAndInternalOnesNeverReachTheColumn() {
        Site.ASKED.clear();
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/internal/v1/events").then().statusCode(404).contentType("application/problem+json");
        assertEquals(List.of(), Site.ASKED);
    }
}
