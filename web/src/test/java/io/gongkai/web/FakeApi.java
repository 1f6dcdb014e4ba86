package io.gongkai.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The public API as the gateway answers it, from fixtures under src/test/resources/fixtures (shaped like the
 * services' real answers): the pages are tested against known data. It records every request it receives, so
 * a test can see what web asked and with which headers. {@link #down} makes it answer 503 like a gateway whose
 * service is unreachable, {@link #limited} 429 like a gateway whose rate limit the visitor has reached.
 */
public class FakeApi implements QuarkusTestResourceLifecycleManager {

    public record Received(String method, String target, Map<String, List<String>> headers) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue().get(0);
                }
            }
            return null;
        }
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    public static volatile boolean down;
    public static volatile boolean limited;
    public static volatile String LAST_BODY;
    /** What the applicant did to request YSQ-2022-000124: null, "clarified" or "withdrawn". */
    public static volatile String request124;
    /** Makes request 124's clock answer a day without its counting, which the follow page's template cannot draw. */
    public static volatile boolean brokenClock;
    /** The fixture that answers item searches (a first page; a page with a cursor is items-page2.json). */
    public static volatile String itemsFixture = "items.json";
    public static final String ITEM = "3b1f6d2e-7c4a-4e8b-9a51-0d2c6f8e9a10";
    public static final String WITHDRAWN = "9e8d7c6b-5a49-4382-b1f0-e9d8c7b6a504";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        // a test key: production reads its own from GONGKAI_WEB_CSRF_KEY
        return Map.of("quarkus.rest-client.public-api.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.rest-csrf.token-signature-key", "test-only-csrf-signature-key-9f2c4e7a1b3d5f60");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        RECEIVED.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders())));
        if (down) {
            send(exchange, 503, "{\"type\":\"https://gongkai.io/problems/unavailable\",\"title\":\"服务暂不可用\",\"status\":503}");
            return;
        }
        if (limited) {
            exchange.getResponseHeaders().add("Retry-After", "7");
            send(exchange, 429, "{\"type\":\"https://gongkai.io/problems/rate-limited\",\"title\":\"请求过于频繁\",\"status\":429}");
            return;
        }
        // any item but the missing and the withdrawn one reads as the fixture item (so that every link of a list answers)
        if (path.matches("/api/v1/items/[0-9a-f-]{36}") && !path.endsWith("/00000000-0000-4000-8000-000000000000")
                && !path.endsWith("/" + WITHDRAWN)) {
            fixture(exchange, "item.json");
            return;
        }
        switch (path.matches("/api/v1/reports/annual/\\d{4}") ? "/api/v1/reports/annual/any-year" : path) {
            case "/api/v1/checklist" -> fixture(exchange, "checklist.json");
            case "/api/v1/units" -> fixture(exchange, "units.json");
            case "/api/v1/channels" -> fixture(exchange, "channels.json");
            case "/api/v1/checklist/coverage" -> {
                if (query.contains("year=2005")) {
                    // an entry without its units: the catalogue's template cannot draw it
                    send(exchange, 200, "{\"checklist\":\"2014\",\"year\":2005,\"from\":\"2004-09-01\",\"to\":\"2005-08-31\",\"items\":1,"
                            + "\"covered\":1,\"gaps\":0,\"overdue\":0,\"entries\":[{\"itemNo\":\"7\",\"category\":2,\"categoryName\":\"招生考试信息\","
                            + "\"title\":\"招生章程\",\"covered\":true,\"count\":1,\"units\":null,\"channels\":[],\"latest\":[],\"overdue\":false}]}");
                } else if (query.contains("year=1999")) {
                    send(exchange, 400, "{\"type\":\"https://gongkai.io/problems/validation\",\"title\":\"请求无效\",\"status\":400,"
                            + "\"detail\":\"year：必须大于或等于 2000\",\"violations\":[{\"field\":\"year\",\"message\":\"必须大于或等于 2000\"}]}");
                } else {
                    fixture(exchange, "coverage-2022.json");
                }
            }
            case "/api/v1/items" -> fixture(exchange, query.contains("cursor=") ? "items-page2.json" : itemsFixture);
            case "/api/v1/items/" + ITEM -> fixture(exchange, "item.json");
            case "/api/v1/petition-channels" -> send(exchange, 200, "[{\"code\":\"PRESIDENT_MAILBOX\",\"name\":\"校长信箱\",\"active\":true},"
                    + "{\"code\":\"PARTY_SECRETARY_MAILBOX\",\"name\":\"党委书记信箱\",\"active\":true},"
                    + "{\"code\":\"PUBLIC_TELEPHONE\",\"name\":\"公开电话\",\"active\":true}]");
            case "/api/v1/petition-categories" -> send(exchange, 200, "[{\"code\":\"TEACHING\",\"name\":\"教学\"},"
                    + "{\"code\":\"CAMPUS_SERVICES\",\"name\":\"校园服务\"}]");
            case "/api/v1/petitions" -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                LAST_BODY = body;
                if (!body.contains("\"subject\"")) {
                    send(exchange, 400, "{\"type\":\"https://gongkai.io/problems/validation\",\"status\":400,"
                            + "\"violations\":[{\"field\":\"subject\",\"message\":\"不能为空\"},{\"field\":\"contact.email\",\"message\":\"必须是格式正确的电子邮件地址\"}]}");
                } else {
                    send(exchange, 201, "{\"trackingNo\":\"XF-2022-000045\",\"accessCode\":\"Pt5-Qw8-Lm3\",\"status\":\"RECEIVED\","
                            + "\"receivedAt\":\"2022-03-01T09:00:00+08:00\",\"dueDate\":\"2022-03-22\"}");
                }
            }
            case "/api/v1/petitions/XF-2022-000045" -> {
                if (!"Pt5-Qw8-Lm3".equals(exchange.getRequestHeaders().getFirst("X-Access-Code"))) {
                    send(exchange, 404, "{\"type\":\"https://gongkai.io/problems/not-found\",\"status\":404}");
                } else {
                    send(exchange, 200, "{\"trackingNo\":\"XF-2022-000045\",\"status\":\"REPLIED\",\"channel\":\"PRESIDENT_MAILBOX\","
                            + "\"category\":\"CAMPUS_SERVICES\",\"subject\":\"食堂就餐时间\",\"receivedAt\":\"2022-03-01T09:00:00+08:00\","
                            + "\"dueDate\":\"2022-03-22\",\"overdue\":false,\"unit\":\"后勤管理处\",\"reply\":\"已延长晚餐供应时间至19:30。\","
                            + "\"repliedAt\":\"2022-03-10T15:00:00+08:00\",\"history\":[]}");
                }
            }
            case "/api/v1/evaluations" -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                LAST_BODY = body;
                if (!body.contains("\"rating\"")) {
                    send(exchange, 400, "{\"type\":\"https://gongkai.io/problems/validation\",\"status\":400,"
                            + "\"violations\":[{\"field\":\"rating\",\"message\":\"不能缺少\"}]}");
                } else {
                    send(exchange, 201, "{\"id\":\"0b7e4c1a-2d3f-4a5b-9c8d-7e6f5a4b3c2d\",\"rating\":4,\"receivedAt\":\"2022-03-01T09:00:00+08:00\"}");
                }
            }
            case "/api/v1/stats/channels" -> {
                if ("text/csv".equals(exchange.getRequestHeaders().getFirst("Accept"))) {
                    byte[] csv = "period,from,to,channel,count,source\r\n2021-09,2021-09-01,2021-09-30,PORTAL,7,ITEMS\r\n"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/csv");
                    exchange.sendResponseHeaders(200, csv.length);
                    exchange.getResponseBody().write(csv);
                    exchange.close();
                } else {
                    fixture(exchange, query.contains("year=2021") ? "channels-pushed.json" : "channels-2022.json");
                }
            }
            case "/api/v1/stats/summary" -> fixture(exchange, "summary-2022.json");
            case "/api/v1/reports/annual/any-year" -> {
                if (!"application/pdf".equals(exchange.getRequestHeaders().getFirst("Accept"))) {
                    try (InputStream in = FakeApi.class.getResourceAsStream("/fixtures/report-2022.json")) {
                        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        // 2021 is the frozen edition
                        send(exchange, 200, path.endsWith("2021") ? json.replace("\"frozenAt\":null", "\"frozenAt\":\"2021-10-30T10:00:00+08:00\"")
                                .replace("2021—2022", "2020—2021") : json);
                    }
                    return;
                }
                byte[] pdf = "%PDF-1.4 fake report".getBytes(StandardCharsets.US_ASCII);
                exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                exchange.sendResponseHeaders(200, pdf.length);
                exchange.getResponseBody().write(pdf);
                exchange.close();
            }
            case "/api/v1/requests" -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                LAST_BODY = body;
                if (!body.contains("\"description\"") || !body.contains("\"name\"")) {
                    send(exchange, 400, "{\"type\":\"https://gongkai.io/problems/validation\",\"title\":\"请求无效\",\"status\":400,"
                            + "\"detail\":\"请求中有无效的参数或字段\",\"violations\":[{\"field\":\"applicant.name\",\"message\":\"不能为空\"},"
                            + "{\"field\":\"description\",\"message\":\"不能为空\"}]}");
                } else {
                    send(exchange, 201, "{\"trackingNo\":\"YSQ-2022-000123\",\"accessCode\":\"Xq7-Ka9-Pm2-Zt4\",\"status\":\"RECEIVED\","
                            + "\"receivedAt\":\"2022-09-30T10:00:00+08:00\",\"effectiveReceipt\":\"2022-09-30\",\"dueDate\":\"2022-10-26\"}");
                }
            }
            case "/api/v1/requests/YSQ-2022-000123", "/api/v1/requests/YSQ-2022-000123/clock" -> {
                if (!"Xq7-Ka9-Pm2-Zt4".equals(exchange.getRequestHeaders().getFirst("X-Access-Code"))) {
                    send(exchange, 404, "{\"type\":\"https://gongkai.io/problems/not-found\",\"title\":\"未找到\",\"status\":404}");
                } else {
                    fixture(exchange, path.endsWith("/clock") ? "request-clock.json" : "request.json");
                }
            }
            case "/api/v1/requests/YSQ-2022-000124", "/api/v1/requests/YSQ-2022-000124/clock",
                 "/api/v1/requests/YSQ-2022-000124/clarified", "/api/v1/requests/YSQ-2022-000124/withdraw",
                 "/api/v1/requests/YSQ-2022-000125", "/api/v1/requests/YSQ-2022-000125/clock",
                 "/api/v1/requests/YSQ-2022-000125/clarified", "/api/v1/requests/YSQ-2022-000125/withdraw" -> applicant(exchange, path);
            default -> send(exchange, 404, "{\"type\":\"https://gongkai.io/problems/not-found\",\"title\":\"未找到\",\"status\":404,"
                    + "\"detail\":\"" + path + " 处没有任何资源\"}");
        }
    }

    /** Requests an applicant acts on: 124 awaits a clarification, 125 is answered (so neither step is allowed). */
    private static void applicant(HttpExchange exchange, String path) throws IOException {
        String code = exchange.getRequestHeaders().getFirst("X-Access-Code");
        // the API's code is read without dashes and case: so is this one
        if (code == null || !code.replace("-", "").equalsIgnoreCase("Ab1Cd2Ef3")) {
            send(exchange, 404, "{\"type\":\"https://gongkai.io/problems/not-found\",\"title\":\"未找到\",\"status\":404}");
            return;
        }
        boolean answered = path.contains("000125");
        String state = answered ? null : request124;
        if (exchange.getRequestMethod().equals("POST")) {
            LAST_BODY = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean clarify = path.endsWith("/clarified");
            if (answered || state != null) {
                send(exchange, 409, "{\"type\":\"https://gongkai.io/problems/conflict\",\"title\":\"状态冲突\",\"status\":409}");
                return;
            }
            request124 = clarify ? "clarified" : "withdrawn";
            fixture(exchange, "request-124-" + request124 + ".json");
            return;
        }
        if (path.endsWith("/clock") && brokenClock) {
            send(exchange, 200, "{\"trackingNo\":\"YSQ-2022-000124\",\"status\":\"ACCEPTED\",\"overdue\":false,\"yearsWithoutCalendar\":[],"
                    + "\"clock\":{\"receivedAt\":\"2022-09-24T20:00:00+08:00\",\"workingDays\":15,\"extensionWorkingDays\":0,\"paused\":false,"
                    + "\"days\":[{\"date\":\"2022-09-24\",\"dayType\":\"WEEKEND\"}]}}");
        } else if (path.endsWith("/clock")) {
            fixture(exchange, answered || state != null ? "request-clock.json" : "request-124-clock.json");
        } else {
            fixture(exchange, answered ? "request-125.json" : state == null ? "request-124.json" : "request-124-" + state + ".json");
        }
    }

    private static void fixture(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = FakeApi.class.getResourceAsStream("/fixtures/" + name)) {
            send(exchange, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
