package io.gongkai.console.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.console.api.ApiProblem;
import io.gongkai.console.api.ApiViews;
import io.gongkai.console.api.ConsoleApi;
import io.gongkai.console.page.Redirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Sign-in with the gateway's staff login, and sign-out. The token the gateway answers goes into the encrypted
 * session cookie and nowhere else; the page never shows it and no script could read it.
 */
@Path("/")
@PublicPage
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    private static final Logger LOG = Logger.getLogger(SignInPages.class);
    private static final List<String> ROLES = List.of("admin", "handler", "auditor", "editor");
    /** The session ends a little before the token does, so that no click fails half-way. */
    private static final long MARGIN_SECONDS = 30;

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance login(String username, String problem, String notice);
    }

    private final ConsoleApi api;
    private final SessionCookie cookies;
    private final ObjectMapper json;
    private final SignedIn signedIn;

    public SignInPages(@RestClient ConsoleApi api, SessionCookie cookies, ObjectMapper json, SignedIn signedIn) {
        this.api = api;
        this.cookies = cookies;
        this.json = json;
        this.signedIn = signedIn;
    }

    @GET
    @Path("login")
    public Object form(@QueryParam("why") String why) {
        if (signedIn.present()) {
            // already signed in: the sign-in page would only confuse
            return Redirect.to("/").build();
        }
        String notice = why == null ? null : switch (why) {
            case "expired" -> "登录已失效（登录有效期已过、账号已停用或密码已修改），请重新登录。";
            case "signed-out" -> "您已安全退出。";
            default -> null;
        };
        return Templates.login("", null, notice);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, HttpServerRequest request) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.isEmpty() || name.length() > 100 || password.length() > 200) {
            return refused(400, name, "请填写用户名和密码。");
        }
        ApiViews.Token token;
        try {
            token = api.login(Map.of("username", name, "password", password));
        } catch (ClientWebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            return switch (problem.status()) {
                case 400, 401 -> refused(401, name, "用户名或密码不正确。");
                case 429 -> refused(429, name, "登录失败次数过多，请" + minutes(problem.retryAfter()) + "后再试。");
                default -> throw e;
            };
        }
        Session session = session(token);
        if (session == null) {
            LOG.warn("the gateway answered a login with a token the console cannot read");
            return refused(503, name, "登录服务暂时不可用，请稍后再试。");
        }
        LOG.infof("console sign-in of %s (%s)", session.username(), session.role());
        return Redirect.to("/").header("Set-Cookie", cookies.header(session, request)).build();
    }

    @POST
    @Path("logout")
    public Response signOut(HttpServerRequest request) {
        return Redirect.to("/login?why=signed-out").header("Set-Cookie", cookies.cleared(request)).build();
    }

    /** The user name and role the token names (its signature is the API's to check, at every call). */
    private Session session(ApiViews.Token token) {
        try {
            String[] parts = token.accessToken().split("\\.");
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String username = claims.path("upn").asText(claims.path("preferred_username").asText(claims.path("sub").asText()));
            String role = null;
            for (JsonNode group : claims.path("groups")) {
                if (ROLES.contains(group.asText()) && (role == null || ROLES.indexOf(group.asText()) < ROLES.indexOf(role))) {
                    role = group.asText();
                }
            }
            long expires = Instant.now().getEpochSecond() + Math.max(60, token.expiresIn()) - MARGIN_SECONDS;
            return username.isEmpty() || role == null ? null : new Session(token.accessToken(), username, role, expires);
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static String minutes(String retryAfter) {
        try {
            long seconds = Long.parseLong(retryAfter);
            return seconds < 60 ? seconds + "秒" : ((seconds + 59) / 60) + "分钟";
        } catch (NumberFormatException e) {
            return "稍";
        }
    }

    private static Response refused(int status, String username, String problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.login(username, problem, null).render()).build();
    }
}
