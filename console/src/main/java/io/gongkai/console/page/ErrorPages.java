package io.gongkai.console.page;

import io.gongkai.console.api.ApiProblem;
import io.gongkai.console.session.SessionCookie;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every page that cannot be shown gets a page in Chinese saying what happened and what to do next. A 401 of the API
 * (the token expired, the account was disabled or its password changed) ends the session: the person lands on the
 * sign-in page with a word about why. No stack trace, no personal data.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String advice);
    }

    private final SessionCookie cookies;

    public ErrorPages(SessionCookie cookies) {
        this.cookies = cookies;
    }

    @ServerExceptionMapper
    public Response page(PageProblem problem) {
        return render(problem.status(), problem.title(), problem.getMessage());
    }

    @ServerExceptionMapper
    public Response api(ClientWebApplicationException e, HttpServerRequest request) {
        ApiProblem problem = ApiProblem.of(e);
        return switch (problem.status()) {
            case 401 -> Redirect.to("/login?why=expired").header("Set-Cookie", cookies.cleared(request)).build();
            case 403 -> render(403, "无权查看", "您的账号没有查看或办理此项的权限。如需权限，请联系信息公开办公室的管理员。");
            case 404 -> render(404, "未找到", "没有这一件，或链接有误。请从列表重新打开。");
            case 400 -> render(400, "请求有误", problem.chineseDetail() != null ? problem.chineseDetail() : "筛选条件或链接中的参数不正确。");
            case 429 -> render(429, "操作过于频繁", "请" + (problem.retryAfter() == null ? "稍后" : problem.retryAfter() + "秒后") + "再试。");
            default -> {
                LOG.warnf("the API answered %d", problem.status());
                yield render(503, "服务暂不可用", "办理服务暂时不可用，请稍后再试。");
            }
        };
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("the API is not reachable: %s", e.getMessage());
        return render(503, "服务暂不可用", "办理服务暂时不可用，请稍后再试。");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> render(404, "页面不存在", "您访问的页面不存在。请从工作台重新开始。");
            case 405 -> render(405, "不支持的操作", "此页面不支持该操作。请从工作台重新开始。");
            case 400 -> render(400, "请求有误", "链接或表单中的参数不正确。请从工作台重新开始。");
            case 403 -> render(403, "请求被拒绝", "表单已失效（缺少或不匹配的安全令牌）。请返回上一页，刷新后重新提交。");
            default -> render(status >= 500 ? 503 : status, "无法显示页面", "请稍后再试，或返回工作台。");
        };
    }

    static Response render(int status, String title, String advice) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, advice).render()).build();
    }
}
