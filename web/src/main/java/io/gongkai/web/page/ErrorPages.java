package io.gongkai.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every page that cannot be shown gets a page in Chinese saying what happened and what to do next, with the
 * status the API gave (404 for an item that is not there, 400 with the fields to correct, 429 with the wait,
 * 503 when the API is not reachable). No stack trace, no personal data.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String advice, List<String> fields);
    }

    private final ObjectMapper json;

    public ErrorPages(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response page(PageProblem problem) {
        return render(problem.status(), problem.title(), problem.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response api(ClientWebApplicationException e) {
        int status = e.getResponse().getStatus();
        JsonNode problem = read(e.getResponse());
        List<String> fields = new ArrayList<>();
        if (problem != null && problem.path("violations").isArray()) {
            problem.path("violations").forEach(v -> fields.add(v.path("field").asText() + "：" + v.path("message").asText()));
        }
        String detail = problem == null ? null : problem.path("detail").asText(null);
        return switch (status) {
            case 400 -> render(400, "请求有误", detail != null ? detail : "请检查填写的内容后重试。", fields);
            case 404 -> render(404, "未找到", "该信息不存在，或已撤回。请从目录或搜索重新查找。", List.of());
            case 429 -> render(429, "访问过于频繁", "请求过于频繁，请"
                    + e.getResponse().getHeaderString("Retry-After") + "秒后再试。", List.of());
            default -> {
                LOG.warnf("the public API answered %d", status);
                yield render(503, "服务暂不可用", "信息公开服务暂时不可用，请稍后再试。", List.of());
            }
        };
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("the public API is not reachable: %s", e.getMessage());
        return render(503, "服务暂不可用", "信息公开服务暂时不可用，请稍后再试。", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> render(404, "页面不存在", "您访问的页面不存在。请从首页、目录或搜索查找所需信息。", List.of());
            case 405 -> render(405, "不支持的操作", "此页面不支持该操作。请返回首页。", List.of());
            case 400 -> render(400, "请求有误", "链接中的参数不正确。请从首页重新开始。", List.of());
            default -> render(status >= 500 ? 503 : status, "无法显示页面", "请稍后再试，或返回首页。", List.of());
        };
    }

    private JsonNode read(Response response) {
        try {
            return json.readTree(response.readEntity(String.class));
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static Response render(int status, String title, String advice, List<String> fields) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, advice, fields).render()).build();
    }
}
