package io.gongkai.disclosure.calendar;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * inquiry-service's calendar as the tests see it: {@code GET /api/v1/calendar/{year}} answers the official
 * days of 2022–2026 (the State Council's notices, src/test/resources/calendar), 404 for a year not entered,
 * and 503 for 2040 and later: a year whose request finds inquiry-service failing.
 */
public class CalendarStub implements QuarkusTestResourceLifecycleManager {

    public static final int FAILING_FROM = 2040;
    private static final Pattern YEAR = Pattern.compile("/api/v1/calendar/(\\d{4})");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the calendar stub", e);
        }
        server.createContext("/api/v1/calendar/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.calendar.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher m = YEAR.matcher(exchange.getRequestURI().getPath());
            if (!m.matches()) {
                send(exchange, 404, "{\"status\":404}");
                return;
            }
            int year = Integer.parseInt(m.group(1));
            if (year >= FAILING_FROM) {
                send(exchange, 503, "{\"status\":503}");
                return;
            }
            String json = calendar(year);
            send(exchange, json == null ? 404 : 200, json == null ? "{\"status\":404}" : json);
        }
    }

    /** The notice's CSV (date,kind,name) as inquiry-service's JSON, or null when the year is not entered. */
    static String calendar(int year) throws IOException {
        try (InputStream in = CalendarStub.class.getResourceAsStream("/calendar/" + year + ".csv")) {
            if (in == null) {
                return null;
            }
            StringJoiner days = new StringJoiner(",");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].strip().split(",");
                if (f.length == 3) {
                    days.add("{\"date\":\"" + f[0] + "\",\"kind\":\"" + f[1].toUpperCase(Locale.ROOT) + "\",\"name\":\"" + f[2] + "\"}");
                }
            }
            return "{\"year\":" + year + ",\"source\":\"国务院办公厅通知\",\"version\":1,\"workingDays\":0,\"days\":[" + days + "]}";
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
