package io.gongkai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff console behind the gateway, a second site of pages beside the public column: /console and below go to
 * the console (gongkai.console.url), every other page to web; the console's cookies (console-...) go to the console
 * only, web's never to the console, and no API gets either.
 */
@QuarkusTest
@TestProfile(ConsoleRoutingTest.WithBothSites.class)
class ConsoleRoutingTest {

    public static class WithBothSites implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Sites.class));
        }
    }

    /** Stand-ins for web and the console: each records the path and the Cookie header it got. */
    public static class Sites implements QuarkusTestResourceLifecycleManager {
        record Asked(String site, String target, String cookie, String forwardedFor) {
        }

        static final List<Asked> ASKED = new CopyOnWriteArrayList<>();
        private HttpServer web;
        private HttpServer console;

        @Override
        public Map<String, String> start() {
            web = site("web");
            console = site("console");
            return Map.of("gongkai.site.url", "http://127.0.0.1:" + web.getAddress().getPort(),
                    "gongkai.console.url", "http://127.0.0.1:" + console.getAddress().getPort());
        }

        private static HttpServer site(String name) {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                ASKED.add(new Asked(name, exchange.getRequestURI().toString(), exchange.getRequestHeaders().getFirst("Cookie"),
                        exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
                byte[] page = ("<!DOCTYPE html><title>" + name + "</title>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            return server;
        }

        @Override
        public void stop() {
            web.stop(0);
            console.stop(0);
        }
    }

    private static final String ALL_COOKIES = "csrf-token=w3b; console-session=s3ss10n; console-csrf=c0ns";

    @BeforeEach
    void clear() {
        Sites.ASKED.clear();
    }

    @Test
    void consolePathsGoToTheConsoleAndEveryOtherPageToTheColumn() {
        for (String path : List.of("/console", "/console/", "/console/requests?status=RECEIVED", "/console/css/console.css",
                "/", "/consoles", "/console-x/y", "/ask")) {
            given().urlEncodingEnabled(false).when().get(path).then().statusCode(200);
        }
        assertEquals(List.of("console /console", "console /console/", "console /console/requests?status=RECEIVED",
                "console /console/css/console.css", "web /", "web /consoles", "web /console-x/y", "web /ask"),
                Sites.ASKED.stream().map(a -> a.site() + " " + a.target()).toList());
        assertTrue(Sites.ASKED.stream().allMatch(a -> a.forwardedFor() != null && a.forwardedFor().startsWith("127.0.0.1")));
    }

    @Test
    void theConsoleGetsItsOwnCookiesOnlyAndTheColumnNeverGetsThem() {
        given().header("Cookie", ALL_COOKIES).contentType("application/x-www-form-urlencoded").body("csrf-token=c0ns")
                .when().post("/console/requests/YSQ-2022-000123/steps/accept").then().statusCode(200);
        given().header("Cookie", ALL_COOKIES).when().get("/ask").then().statusCode(200);
        assertEquals("console-session=s3ss10n; console-csrf=c0ns", Sites.ASKED.get(0).cookie());
        assertEquals("csrf-token=w3b", Sites.ASKED.get(1).cookie());
    }

    @Test
    void theConsolesFormPostsAreNotCountedAsAnonymousApiWrites() {
        // the anonymous write limit (20 a minute per address) is the API's: a busy handler's steps are not refused by it
        for (int i = 0; i < 25; i++) {
            given().contentType("application/x-www-form-urlencoded").body("csrf-token=c0ns")
                    .when().post("/console/requests/YSQ-2022-000123/steps/assign").then().statusCode(200);
        }
    }

    @Test
    void aSiteWithNoneOfItsCookiesGetsNoCookieHeader() {
        given().header("Cookie", "csrf-token=w3b").when().get("/console/").then().statusCode(200);
        given().header("Cookie", "console-session=s3ss10n").when().get("/").then().statusCode(200);
        assertNull(Sites.ASKED.get(0).cookie());
        assertNull(Sites.ASKED.get(1).cookie());
    }

    @Test
    void theApiAndTheGatewaysOwnPathsNeverReachEitherSite() {
        given().header("Cookie", ALL_COOKIES).when().get("/api/v1/no-such-thing").then().statusCode(404);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/internal/v1/events").then().statusCode(404);
        assertEquals(List.of(), Sites.ASKED);
    }

    @Test
    void cookiePairsAreSplitAndKeptInOrder() {
        assertEquals("console-session=a; console-csrf=b", SiteCookies.keep(Routes.CONSOLE, " csrf-token=x;console-session=a ;  console-csrf=b;"));
        assertEquals("csrf-token=x; other=1", SiteCookies.keep(Routes.SITE, "csrf-token=x; console-session=a; other=1"));
        assertNull(SiteCookies.keep(Routes.SITE, "console-session=a"));
        assertNull(SiteCookies.keep(Routes.CONSOLE, ";;"));
    }
}
