package io.gongkai.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The public API as the gateway answers the console, shaped like inquiry-service's and the gateway's real answers:
 * the staff login (five accounts, one of them disabled after sign-in), requests, their clock and steps, petitions,
 * cases, units and the calendar. Every answer but the login needs a bearer token; an auditor's token gets masked
 * data. It records each request (method, target, headers, body), so a test sees what the console asked and sent.
 * Due dates are relative to today, so that the 工作台's urgency is the same on any day.
 */
public class FakeApi implements QuarkusTestResourceLifecycleManager {

    /** The test key of the console's session cookie (test only; run.sh and e2e make their own). */
    public static final String SESSION_KEY = "dGVzdC1vbmx5LWtleS1vZi10aGUtY29uc29sZS0zMmI=";
    public static final String PASSWORD = "right-password-1";

    public record Received(String method, String target, Map<String, List<String>> headers, String body) {
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
    /** Tokens the gateway no longer accepts (the account was disabled or its password changed). */
    public static final List<String> REVOKED = new CopyOnWriteArrayList<>();
    public static volatile boolean down;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try {
                answer(exchange);
            } catch (RuntimeException e) {
                send(exchange, 500, "{\"status\":500}");
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.console-api.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "gongkai.console.session-key", SESSION_KEY);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** A token as the gateway signs it (the console reads its claims; the signature is the API's to check). */
    public static String token(String username, String role) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"0b7e4c1a-2d3f-4a5b-9c8d-" + Math.abs(username.hashCode()) + "\",\"upn\":\"" + username
                + "\",\"groups\":[\"" + role + "\"],\"iss\":\"https://gongkai.io/gateway\"}").getBytes(StandardCharsets.UTF_8))
                + ".c2lnbmF0dXJl";
    }

    static String role(String username) {
        return switch (username) {
            case "handler1", "disabled1" -> "handler";
            case "head" -> "admin";
            case "auditor1" -> "auditor";
            case "editor1" -> "editor";
            default -> null;
        };
    }

    private static String today(int plusDays) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(plusDays).toString();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.add(new Received(method, exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()), body));
        if (down) {
            send(exchange, 503, "{\"type\":\"https://gongkai.io/problems/unavailable\",\"title\":\"服务暂不可用\",\"status\":503}");
            return;
        }
        if (path.equals("/api/v1/auth/token")) {
            login(exchange, body);
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || REVOKED.contains(authorization.substring(7))) {
            send(exchange, 401, "{\"type\":\"https://gongkai.io/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401}");
            return;
        }
        boolean auditor = authorization.equals("Bearer " + token("auditor1", "auditor"));
        boolean head = authorization.equals("Bearer " + token("head", "admin"));
        boolean editor = authorization.equals("Bearer " + token("editor1", "editor"));
        if (editor && (path.startsWith("/api/v1/requests") || path.startsWith("/api/v1/petitions") || path.startsWith("/api/v1/cases"))) {
            send(exchange, 403, problem(403, "forbidden", "Requests are read by handlers, admins and auditors", null));
            return;
        }
        if (auditor && method.equals("POST")) {
            send(exchange, 403, problem(403, "forbidden", "Requests are handled by handlers and admins", null));
            return;
        }
        if (path.equals("/api/v1/requests") && method.equals("GET")) {
            if ("text/csv".equals(exchange.getRequestHeaders().getFirst("Accept"))) {
                byte[] csv = ("trackingNo,status,channel,receivedAt,dueDate,overdue,applicantType,applicantSubType,applicantName,handler,outcome\r\n"
                        + "YSQ-2022-000123,RECEIVED,ONLINE,2022-09-30T10:00:00+08:00," + today(10) + ",false,NATURAL_PERSON,,"
                        + (auditor ? "张*" : "张三") + ",,\r\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=UTF-8");
                exchange.sendResponseHeaders(200, csv.length);
                exchange.getResponseBody().write(csv);
                exchange.close();
                return;
            }
            send(exchange, 200, requestList(query, auditor));
            return;
        }
        if (path.matches("/api/v1/requests/YSQ-2022-\\d{6}/clock")) {
            send(exchange, 200, clock(path.substring(17, 32)));
            return;
        }
        if (path.matches("/api/v1/requests/YSQ-2022-\\d{6}")) {
            String no = path.substring(17);
            String status = switch (no) {
                case "YSQ-2022-000123" -> "RECEIVED";
                case "YSQ-2022-000124" -> "ACCEPTED";
                case "YSQ-2022-000125" -> "AWAITING_CLARIFICATION";
                case "YSQ-2022-000126" -> "ANSWERED";
                default -> null;
            };
            if (status == null) {
                send(exchange, 404, problem(404, "not-found", "No request " + no, null));
            } else {
                send(exchange, 200, request(no, status, auditor));
            }
            return;
        }
        if (path.matches("/api/v1/requests/YSQ-2022-\\d{6}/[a-z-]+") && method.equals("POST")) {
            step(exchange, path.substring(17, 32), path.substring(33), body, head);
            return;
        }
        if (path.equals("/api/v1/petitions")) {
            send(exchange, 200, petitionList(query));
            return;
        }
        if (path.equals("/api/v1/petitions/XF-2022-000045")) {
            send(exchange, 200, petition(auditor));
            return;
        }
        if (path.matches("/api/v1/petitions/XF-2022-000045/[a-z]+")) {
            if (path.endsWith("/reply") && !body.contains("\"text\"")) {
                send(exchange, 400, problem(400, "validation", "请求中有无效的参数或字段", "[{\"field\":\"text\",\"message\":\"不能为空\"}]"));
            } else if (path.endsWith("/close")) {
                send(exchange, 409, problem(409, "wrong-state", "close: not allowed while the petition is ASSIGNED", null));
            } else {
                send(exchange, 200, petition(false));
            }
            return;
        }
        if (path.equals("/api/v1/petition-channels")) {
            send(exchange, 200, "[{\"code\":\"PRESIDENT_MAILBOX\",\"name\":\"校长信箱\"},{\"code\":\"PUBLIC_TELEPHONE\",\"name\":\"公开电话\"}]");
            return;
        }
        if (path.equals("/api/v1/petition-categories")) {
            send(exchange, 200, "[{\"code\":\"TEACHING\",\"name\":\"教学\"},{\"code\":\"CAMPUS_SERVICES\",\"name\":\"后勤服务\"}]");
            return;
        }
        if (path.equals("/api/v1/units")) {
            send(exchange, 200, "[{\"code\":\"LOGISTICS\",\"name\":\"后勤管理处\"},{\"code\":\"ACADEMIC\",\"name\":\"教务处\"}]");
            return;
        }
        if (path.equals("/api/v1/cases") && method.equals("GET")) {
            send(exchange, 200, "{\"items\":[" + CASE + "],\"nextCursor\":null}");
            return;
        }
        if (path.equals("/api/v1/cases") && method.equals("POST")) {
            if (!body.contains("\"subject\"")) {
                send(exchange, 400, problem(400, "validation", "请求中有无效的参数或字段", "[{\"field\":\"subject\",\"message\":\"不能为空\"}]"));
            } else {
                send(exchange, 201, CASE);
            }
            return;
        }
        if (path.equals("/api/v1/cases/" + CASE_ID)) {
            send(exchange, 200, CASE);
            return;
        }
        if (path.equals("/api/v1/cases/" + CASE_ID + "/close")) {
            if (!body.contains("\"result\"")) {
                send(exchange, 400, problem(400, "validation", "请求中有无效的参数或字段", "[{\"field\":\"result\",\"message\":\"不能为空\"}]"));
            } else {
                send(exchange, 200, CASE.replace("\"OPEN\"", "\"CLOSED\""));
            }
            return;
        }
        if (path.startsWith("/api/v1/calendar/")) {
            send(exchange, 404, problem(404, "not-found", "no calendar", null));
            return;
        }
        send(exchange, 404, problem(404, "not-found", path + " 处没有任何资源", null));
    }

    private void login(HttpExchange exchange, String body) throws IOException {
        String username = body.replaceAll(".*\"username\"\\s*:\\s*\"([^\"]*)\".*", "$1");
        if (username.equals("locked")) {
            exchange.getResponseHeaders().add("Retry-After", "600");
            send(exchange, 429, problem(429, "rate-limited", "Too many failed logins", null));
            return;
        }
        String role = role(username);
        if (role == null || !body.contains("\"password\":\"" + PASSWORD + "\"")) {
            send(exchange, 401, problem(401, "unauthorized", "Unknown username or wrong password", null));
            return;
        }
        send(exchange, 200, "{\"accessToken\":\"" + token(username, role) + "\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}");
    }

    static final String CASE_ID = "5c2a1e9d-3b4f-4c6a-8d7e-1f2a3b4c5d6e";
    static final String CASE = "{\"id\":\"" + CASE_ID + "\",\"kind\":\"REVIEW\",\"receivedOn\":\"2022-05-10\",\"subject\":\"对不予公开答复申请复议\","
            + "\"relatedRequest\":\"YSQ-2022-000126\",\"status\":\"OPEN\",\"version\":0}";

    private static String problem(int status, String type, String detail, String violations) {
        return "{\"type\":\"https://gongkai.io/problems/" + type + "\",\"title\":\"问题\",\"status\":" + status + ",\"detail\":\"" + detail + "\""
                + (violations == null ? "" : ",\"violations\":" + violations) + "}";
    }

    private static String summary(String no, String status, String due, boolean overdue, String name, String handler, String outcome) {
        return "{\"trackingNo\":\"" + no + "\",\"status\":\"" + status + "\",\"channel\":\"ONLINE\",\"receivedAt\":\"2022-09-30T10:00:00+08:00\","
                + (due == null ? "" : "\"dueDate\":\"" + due + "\",") + "\"overdue\":" + overdue
                + ",\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"" + name + "\""
                + (handler == null ? "" : ",\"handler\":\"" + handler + "\"") + (outcome == null ? "" : ",\"outcome\":\"" + outcome + "\"") + "}";
    }

    private static String requestList(String query, boolean auditor) {
        String name = auditor ? "张*" : "张三";
        String items;
        if (query.contains("overdue=true")) {
            items = summary("YSQ-2022-000127", "ACCEPTED", today(-9), true, auditor ? "李*" : "李四", "handler1", null);
        } else if (query.contains("dueWithin=")) {
            items = summary("YSQ-2022-000124", "ACCEPTED", today(3), false, auditor ? "王*" : "王五", "handler1", null);
        } else if (query.contains("status=AWAITING_CLARIFICATION")) {
            items = summary("YSQ-2022-000125", "AWAITING_CLARIFICATION", null, false, auditor ? "赵*" : "赵六", "handler1", null);
        } else if (query.contains("status=RECEIVED")) {
            items = summary("YSQ-2022-000123", "RECEIVED", today(20), false, name, null, null);
        } else if (query.contains("status=")) {
            items = "";
        } else if (query.contains("cursor=")) {
            items = summary("YSQ-2022-000126", "ANSWERED", "2022-10-26", false, auditor ? "钱*" : "钱七", "handler1", "DISCLOSED");
        } else {
            items = summary("YSQ-2022-000123", "RECEIVED", today(20), false, name, null, null) + ","
                    + summary("YSQ-2022-000127", "ACCEPTED", today(-9), true, auditor ? "李*" : "李四", "handler1", null);
        }
        boolean firstPage = !query.contains("cursor=") && !query.contains("status=") && !query.contains("overdue=") && !query.contains("dueWithin=");
        return "{\"items\":[" + items + "],\"nextCursor\":" + (firstPage ? "\"eyJyIjoiMjAyMi0wOS0zMCJ9\"" : "null") + "}";
    }

    private static String request(String no, String status, boolean auditor) {
        String applicant = auditor
                ? "{\"type\":\"NATURAL_PERSON\",\"name\":\"张*\",\"phone\":\"138****0000\",\"email\":\"z***@example.com\",\"masked\":true}"
                : "{\"type\":\"NATURAL_PERSON\",\"name\":\"张三\",\"idNumber\":\"110101199003071234\",\"phone\":\"13800000000\","
                  + "\"email\":\"zhangsan@example.com\",\"address\":\"北京市海淀区学院路1号\",\"masked\":false}";
        String due = status.equals("AWAITING_CLARIFICATION") ? "" : "\"dueDate\":\"" + today(20) + "\",";
        String waiting = status.equals("AWAITING_CLARIFICATION") ? "\"waitingFor\":{\"action\":\"clarify\",\"deadline\":\"" + today(-2) + "\"}," : "";
        String reply = status.equals("ANSWERED") ? "\"reply\":{\"outcome\":\"NOT_DISCLOSED\",\"outcomeName\":\"不予公开\",\"legalBasis\":\"PROCESS_INFO\","
                + "\"text\":\"所申请信息属于过程性信息。\",\"deliveryForm\":\"ELECTRONIC\",\"answeredAt\":\"2022-10-20T15:00:00+08:00\"},\"outcome\":\"NOT_DISCLOSED\"," : "";
        String handler = status.equals("RECEIVED") ? "" : "\"handler\":\"handler1\",";
        return "{\"trackingNo\":\"" + no + "\",\"status\":\"" + status + "\",\"channel\":\"ONLINE\",\"receivedAt\":\"2022-09-30T10:00:00+08:00\","
                + "\"effectiveReceipt\":\"2022-09-30\"," + due + "\"overdue\":false,\"applicant\":" + applicant + ","
                + "\"description\":\"2021年学校预算公开的明细\",\"purpose\":\"科研\",\"deliveryForm\":\"ELECTRONIC\",\"deliveryMethod\":\"EMAIL\","
                + "\"ownPersonalInformation\":false,\"identityVerified\":false," + handler + waiting + reply + "\"version\":3,"
                + "\"history\":[{\"at\":\"2022-09-30T10:00:00+08:00\",\"step\":\"RECEIVE\",\"actorRole\":\"APPLICANT\"}"
                + (status.equals("RECEIVED") ? "" : ",{\"at\":\"2022-10-08T09:00:00+08:00\",\"step\":\"ACCEPT\",\"actorRole\":\"HANDLER\",\"actor\":\"handler1\",\"reason\":\"内容明确\"}")
                + "]}";
    }

    private static String clock(String no) {
        return "{\"trackingNo\":\"" + no + "\",\"status\":\"ACCEPTED\",\"overdue\":false,\"yearsWithoutCalendar\":[],"
                + "\"clock\":{\"receivedAt\":\"2022-09-30T10:00:00+08:00\",\"effectiveReceipt\":\"2022-09-30\","
                + "\"effectiveReceiptReason\":\"工作日的办公时间内收到，当日为起算日\",\"countFrom\":\"2022-10-01\",\"workingDays\":15,"
                + "\"regularDueDate\":\"2022-10-26\",\"extensionWorkingDays\":0,\"dueDate\":\"2022-10-26\",\"paused\":false,"
                + "\"days\":[{\"date\":\"2022-09-30\",\"dayType\":\"WORKING_DAY\",\"counting\":\"RECEIPT\",\"reason\":\"起算日不计入\"},"
                + "{\"date\":\"2022-10-01\",\"dayType\":\"HOLIDAY\",\"counting\":\"SKIPPED\",\"reason\":\"国庆节\"},"
                + "{\"date\":\"2022-10-08\",\"dayType\":\"MAKE_UP_WORKING_DAY\",\"counting\":\"COUNTED\",\"count\":1,\"reason\":\"调休上班日\"},"
                + "{\"date\":\"2022-10-26\",\"dayType\":\"WORKING_DAY\",\"counting\":\"COUNTED\",\"count\":15}]}}";
    }

    private void step(HttpExchange exchange, String no, String step, String body, boolean head) throws IOException {
        switch (step) {
            case "reply" -> {
                if (!body.contains("\"text\"")) {
                    send(exchange, 400, problem(400, "validation", "请求中有无效的参数或字段", "[{\"field\":\"text\",\"message\":\"不能为空\"}]"));
                } else if (body.contains("NOT_DISCLOSED") && !body.contains("legalBasis")) {
                    send(exchange, 400, problem(400, "validation", "不予公开须写明法律依据", null));
                } else {
                    send(exchange, 200, request(no, "ANSWERED", false));
                }
            }
            case "extend" -> {
                if (!head) {
                    send(exchange, 403, problem(403, "forbidden", "extensions are approved by an admin", null));
                } else if (body.contains("\"workingDays\":16") || body.matches(".*\"workingDays\":[2-9]\\d.*")) {
                    send(exchange, 400, problem(400, "validation", "请求中有无效的参数或字段",
                            "[{\"field\":\"workingDays\",\"message\":\"最多延长15个工作日\"}]"));
                } else {
                    send(exchange, 200, request(no, "EXTENDED", false));
                }
            }
            case "accept" -> {
                if (no.equals("YSQ-2022-000123")) {
                    send(exchange, 200, request(no, "ACCEPTED", false));
                } else {
                    send(exchange, 409, problem(409, "wrong-state", "accept: not allowed while the request is ACCEPTED", null));
                }
            }
            case "assign" -> {
                if (!body.contains("\"handler\"")) {
                    send(exchange, 400, problem(400, "validation", "请求中有无效的参数或字段", "[{\"field\":\"handler\",\"message\":\"不能为空\"}]"));
                } else {
                    send(exchange, 200, request(no, "RECEIVED", false));
                }
            }
            case "ask-clarification" -> send(exchange, 409,
                    problem(409, "wrong-state", "ask-clarification: not allowed while the request is ANSWERED", null));
            default -> send(exchange, 200, request(no, "ACCEPTED", false));
        }
    }

    private static String petitionList(String query) {
        String overdue = "{\"trackingNo\":\"XF-2022-000046\",\"status\":\"ASSIGNED\",\"channel\":\"PRESIDENT_MAILBOX\",\"category\":\"TEACHING\","
                + "\"subject\":\"实验室开放时间\",\"receivedAt\":\"2022-03-01T09:00:00+08:00\",\"dueDate\":\"" + today(-4) + "\",\"overdue\":true,\"unit\":\"教务处\"}";
        String received = "{\"trackingNo\":\"XF-2022-000045\",\"status\":\"RECEIVED\",\"channel\":\"PRESIDENT_MAILBOX\",\"category\":\"CAMPUS_SERVICES\","
                + "\"subject\":\"食堂就餐时间\",\"receivedAt\":\"2022-03-01T09:00:00+08:00\",\"dueDate\":\"" + today(12) + "\",\"overdue\":false}";
        String items = query.contains("overdue=true") ? overdue : query.contains("status=RECEIVED") ? received
                : query.contains("status=") ? "" : received + "," + overdue;
        return "{\"items\":[" + items + "],\"nextCursor\":null}";
    }

    private static String petition(boolean auditor) {
        String contact = auditor ? "{\"name\":\"刘*\",\"phone\":\"139****1111\"}" : "{\"name\":\"刘八\",\"phone\":\"13911111111\",\"email\":\"liu@example.com\"}";
        return "{\"trackingNo\":\"XF-2022-000045\",\"status\":\"ASSIGNED\",\"channel\":\"PRESIDENT_MAILBOX\",\"reportGroup\":\"MAILBOXES\","
                + "\"category\":\"CAMPUS_SERVICES\",\"subject\":\"食堂就餐时间\",\"content\":\"建议延长晚餐供应时间。\",\"contact\":" + contact
                + ",\"contactMasked\":" + auditor + ",\"receivedAt\":\"2022-03-01T09:00:00+08:00\",\"dueDate\":\"" + today(12) + "\",\"overdue\":false,"
                + "\"unit\":\"后勤管理处\",\"version\":1,\"history\":[{\"at\":\"2022-03-01T09:00:00+08:00\",\"step\":\"RECEIVE\",\"actorRole\":\"PETITIONER\"},"
                + "{\"at\":\"2022-03-02T09:00:00+08:00\",\"step\":\"ASSIGN\",\"actorRole\":\"HANDLER\",\"actor\":\"handler1\",\"reason\":\"转后勤\"}]}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
