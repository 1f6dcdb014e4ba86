package io.gongkai.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every page that cannot be shown gets a page in Chinese saying what happened and what to do next, with the
 * status the API gave (404 for an item that is not there, 400 with the fields to correct, 429 with the wait,
 * 503 when the API is not reachable, 500 for anything else, a template's failure included). No stack trace, no
 * personal data; each page names the request id, which is also in the log line, so a visitor who reports it can be
 * helped.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String advice, List<String> fields, String requestId);
    }

    private final ObjectMapper json;

    public ErrorPages(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response page(PageProblem problem, HttpServerRequest http) {
        return render(http, problem.status(), problem.title(), problem.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response api(ClientWebApplicationException e, HttpServerRequest http) {
        int status = e.getResponse().getStatus();
        JsonNode problem = read(e.getResponse());
        List<String> fields = new ArrayList<>();
        if (problem != null && problem.path("violations").isArray()) {
            problem.path("violations").forEach(v -> fields.add(v.path("field").asText() + "：" + v.path("message").asText()));
        }
        String detail = problem == null ? null : problem.path("detail").asText(null);
        return switch (status) {
            case 400 -> render(http, 400, "请求有误", detail != null ? detail : "请检查填写的内容后重试。", fields);
            case 404 -> render(http, 404, "未找到", "该信息不存在，或已撤回。请从目录或搜索重新查找。", List.of());
            case 429 -> render(http, 429, "访问过于频繁", "请求过于频繁，请" + wait(e.getResponse().getHeaderString("Retry-After"))
                    + "再试。", List.of());
            default -> {
                LOG.warnf("the public API answered %d", status);
                yield render(http, 503, "服务暂不可用", "信息公开服务暂时不可用，请稍后再试。", List.of());
            }
        };
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, HttpServerRequest http) {
        LOG.warnf("the public API is not reachable: %s", e.getMessage());
        return render(http, 503, "服务暂不可用", "信息公开服务暂时不可用，请稍后再试。", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest http) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> render(http, 404, "页面不存在", "您访问的页面不存在。请从首页、目录或搜索查找所需信息。", List.of());
            case 405 -> render(http, 405, "不支持的操作", "此页面不支持该操作。请返回首页。", List.of());
            case 400 -> render(http, 400, "请求有误", "链接中的参数不正确。请从首页重新开始。", List.of());
            case 413 -> render(http, 413, "提交的内容过长", "请缩短填写的内容后返回重新提交。", List.of());
            default -> render(http, status >= 500 ? 503 : status, "无法显示页面", "请稍后再试，或返回首页。", List.of());
        };
    }

    /** Anything else: a fault of web itself (a template, an answer it did not expect). Logged with the request id. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest http) {
        String id = requestId(http);
        LOG.errorf(e, "page %s failed (request id %s)", http == null ? "?" : http.path(), id);
        return render(id, 500, "页面暂时无法显示", "这是本站的问题，不是您的操作有误。请稍后刷新重试，或先从首页、目录或搜索查找所需信息；"
                + "如果问题一直存在，请把下面的请求编号告诉信息公开办公室。", List.of());
    }

    private static String wait(String retryAfter) {
        return retryAfter != null && retryAfter.matches("\\d{1,5}") ? retryAfter + "秒后" : "稍后";
    }

    private JsonNode read(Response response) {
        try {
            return json.readTree(response.readEntity(String.class));
        } catch (Exception unreadable) {
            return null;
        }
    }

    /** The visitor's request id (the gateway's), or a new one when the request came without. */
    static String requestId(HttpServerRequest http) {
        String id = http == null ? null : http.getHeader("X-Request-Id");
        if (id != null && id.matches("[A-Za-z0-9._-]{1,64}")) {
            return id;
        }
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "web-" + HexFormat.of().formatHex(bytes);
    }

    private static Response render(HttpServerRequest http, int status, String title, String advice, List<String> fields) {
        return render(requestId(http), status, title, advice, fields);
    }

    private static Response render(String id, int status, String title, String advice, List<String> fields) {
        String html;
        try {
            html = Templates.error(status, title, advice, fields, id).render();
        } catch (RuntimeException broken) {
            // the error page itself cannot be drawn: a plain page that still says what to do, in Chinese
            LOG.errorf(broken, "the error page failed (request id %s)", id);
            html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"><title>页面暂时无法显示 · 信息公开专栏</title></head><body>"
                    + "<h1>页面暂时无法显示</h1><p>请稍后再试，或<a href=\"/\">返回首页</a>。请求编号：" + Highlight.escape(id) + "</p></body></html>";
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(html).build();
    }
}
