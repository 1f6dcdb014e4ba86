import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A producer's event feed for the stats benchmarks, in the real feed's format (commons EventFeed: GET
 * /internal/v1/events?after=&limit= answering events, nextPosition, head, lag): COUNT synthetic events, made from
 * their position alone, so that every read of a page gives the same bytes. In the academic year 2022
 * (2021-09-01 .. 2022-08-31): REQUESTS requests (received, then answered), PETITIONS petitions, then ITEMS items
 * published, and item.changed events for the same items (their channels moving) up to COUNT. Also serves a
 * checklist coverage (the report's annex). Prints "first-page <epoch ms>" when position 0 is first asked for and
 * "last-page <epoch ms>" when the page reaching the head is served.
 * usage: java FakeProducer.java PORT COUNT ITEMS REQUESTS PETITIONS
 */
public class FakeProducer {

    static long count;
    static int items;
    static int requests;
    static int petitions;
    static final LocalDate START = LocalDate.of(2021, 9, 1);
    static volatile boolean firstSeen;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        count = Long.parseLong(args[1]);
        items = Integer.parseInt(args[2]);
        requests = Integer.parseInt(args[3]);
        petitions = Integer.parseInt(args[4]);
        if (count < 2L * requests + petitions + items) {
            throw new IllegalArgumentException("COUNT must hold 2 x REQUESTS + PETITIONS + ITEMS events");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/internal/v1/events", FakeProducer::page);
        server.createContext("/api/v1/checklist/coverage", exchange -> send(exchange, coverage()));
        server.start();
        System.out.println("ready " + port);
    }

    static void page(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String after = query.getOrDefault("after", "0");
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        long start = "0".equals(after) ? 0 : Long.parseLong(after.substring(after.indexOf('-') + 1));
        if (start == 0 && !firstSeen) {
            firstSeen = true;
            System.out.println("first-page " + System.currentTimeMillis());
        }
        long end = Math.min(count, start + limit);
        StringBuilder body = new StringBuilder(limit * 420).append("{\"events\":[");
        for (long n = start + 1; n <= end; n++) {
            if (n > start + 1) {
                body.append(',');
            }
            event(body, n);
        }
        body.append("],\"nextPosition\":\"").append(end == start ? after : "1-" + end).append("\",\"head\":\"1-").append(count)
                .append("\",\"lag\":").append(count - end).append('}');
        send(exchange, body.toString());
        if (end == count && end > start) {
            System.out.println("last-page " + System.currentTimeMillis());
        }
    }

    /** Event n (1-based): what it is follows from n alone. */
    static void event(StringBuilder b, long n) {
        long i = n - 1;
        String type;
        UUID aggregate;
        String at;
        String payload;
        if (i < 2L * requests) {
            int r = (int) (i % requests);
            boolean answered = i >= requests;
            LocalDate day = START.plusDays(r % 330);
            aggregate = new UUID(0x52L, r);
            String received = day + "T10:00:00+08:00";
            at = answered ? day.plusDays(10) + "T10:00:00+08:00" : received;
            String[] sub = {"COMMERCIAL", "RESEARCH", "NONPROFIT", "LEGAL_SERVICE", "OTHER"};
            String applicant = r % 3 == 0 ? "\"applicantType\":\"ORGANISATION\",\"applicantSubType\":\"" + sub[r % 5] + "\""
                    : "\"applicantType\":\"NATURAL_PERSON\"";
            type = answered ? "request.answered" : "request.received";
            payload = answered
                    ? "{\"trackingNo\":\"YSQ-" + r + "\",\"receivedAt\":\"" + received + "\",\"answeredAt\":\"" + at + "\",\"outcome\":\""
                            + (r % 4 == 0 ? "NOT_DISCLOSED\",\"legalBasis\":\"THIRD_PARTY_RIGHTS" : "DISCLOSED") + "\"," + applicant + ",\"onTime\":true}"
                    : "{\"trackingNo\":\"YSQ-" + r + "\",\"receivedAt\":\"" + received + "\",\"channel\":\"ONLINE\"," + applicant
                            + ",\"ownPersonalInformation\":false}";
        } else if (i < 2L * requests + petitions) {
            int p = (int) (i - 2L * requests);
            aggregate = new UUID(0x50L, p);
            at = START.plusDays(p % 365) + "T11:00:00+08:00";
            type = "petition.received";
            String[] channels = {"LETTER", "VISIT", "PHONE", "ONLINE"};
            payload = "{\"channel\":\"" + channels[p % 4] + "\",\"reportGroup\":\"" + (p % 2 == 0 ? "PRESIDENT_MAILBOX" : "LETTERS_AND_VISITS")
                    + "\",\"receivedAt\":\"" + at + "\"}";
        } else {
            long j = i - 2L * requests - petitions;
            int k = (int) (j % items);
            long pass = j / items;
            aggregate = new UUID(0x49L, k);
            at = START.plusDays(k % 365) + "T09:00:00+08:00";
            type = pass == 0 ? "item.published" : "item.changed";
            String channels = "\"PORTAL\"" + (k % 3 == 0 ? ",\"WECHAT\"" : "") + (pass % 2 == 1 ? ",\"TV\"" : "");
            payload = "{\"itemId\":\"" + aggregate + "\",\"status\":\"PUBLISHED\",\"category\":" + (1 + k % 10) + ",\"checklistItem\":\""
                    + (1 + k % 50) + "\",\"unit\":\"UNIT-" + (k % 20) + "\",\"audience\":\"PUBLIC\",\"publishedAt\":\"" + at
                    + "\",\"channels\":[" + channels + "]}";
        }
        b.append("{\"position\":\"1-").append(n).append("\",\"id\":\"").append(new UUID(0x45L, n)).append("\",\"type\":\"").append(type)
                .append("\",\"aggregateId\":\"").append(aggregate).append("\",\"occurredAt\":\"").append(at).append("\",\"recordedAt\":\"")
                .append(at).append("\",\"payload\":").append(payload).append('}');
    }

    static String coverage() {
        StringBuilder b = new StringBuilder("{\"checklist\":\"2014\",\"entries\":[");
        for (int i = 1; i <= 50; i++) {
            b.append(i > 1 ? "," : "").append("{\"itemNo\":\"").append(i).append("\",\"category\":").append(1 + i % 10)
                    .append(",\"categoryName\":\"基本信息\",\"title\":\"清单事项 ").append(i).append("\",\"covered\":true,\"count\":")
                    .append(items / 50).append(",\"latest\":[{\"title\":\"x\",\"url\":\"https://xxgk.example.edu.cn/").append(i).append(".htm\"}]}");
        }
        return b.append("]}").toString();
    }

    static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> query(String raw) {
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
}
