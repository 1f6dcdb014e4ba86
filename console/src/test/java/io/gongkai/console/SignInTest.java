package io.gongkai.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class SignInTest {

    @BeforeEach
    void clear() {
        FakeApi.RECEIVED.clear();
        FakeApi.down = false;
    }

    @Test
    void theSignInPageHasAFormWithItsCsrfTokenAndNoScript() {
        Response r = given().when().get("/login").then().statusCode(200).extract().response();
        Document page = Jsoup.parse(r.asString());
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("/console/login", page.selectFirst("form.login").attr("action"));
        assertNotNull(page.selectFirst("label[for=username]"));
        assertEquals("password", page.selectFirst("#password").attr("type"));
        assertFalse(page.selectFirst("input[name=csrf-token]").val().isEmpty());
        assertTrue(page.select("script").isEmpty(), "the console needs no script");
        String csrf = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("console-csrf=")).findFirst().orElseThrow();
        assertTrue(csrf.contains("Path=/console") && csrf.toLowerCase().contains("httponly"), csrf);
        assertTrue(r.header("Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("no-store", r.header("Cache-Control"));
    }

    @Test
    void signingInSetsAnEncryptedHttpOnlyStrictCookieForTheConsoleOnlyAndOpensTheWorkbench() {
        Staff staff = Staff.atSignIn();
        Response r = staff.post("/login", Map.of("username", "handler1", "password", FakeApi.PASSWORD));
        assertEquals(303, r.statusCode());
        assertEquals("/console/", r.header("Location"));
        String cookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("console-session=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("; Path=/console"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure attribute " + cookie);
        assertFalse(cookie.contains("Max-Age") || cookie.contains("Expires"), "a browser-session cookie " + cookie);
        String value = r.cookie("console-session");
        String token = FakeApi.token("handler1", "handler");
        assertFalse(value.contains(token.split("\\.")[1]), "the token is not readable in the cookie");
        staff.session = value;
        Document workbench = staff.page("/");
        assertEquals("工作台", workbench.selectFirst("h1").text());
        assertEquals("handler1", workbench.selectFirst(".who .person").text());
        assertFalse(workbench.html().contains(token.split("\\.")[1]), "the token never reaches a page");
        // the login went to the gateway's staff login with what was typed
        FakeApi.Received login = FakeApi.RECEIVED.stream().filter(x -> x.target().equals("/api/v1/auth/token")).findFirst().orElseThrow();
        assertTrue(login.body().contains("\"username\":\"handler1\""));
    }

    @Test
    void behindHttpsTheSessionCookieIsSecure() {
        Staff staff = Staff.atSignIn();
        Response r = given().redirects().follow(false).header("X-Forwarded-Proto", "https").cookie("console-csrf", staff.csrfCookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", staff.csrfToken).formParam("username", "handler1").formParam("password", FakeApi.PASSWORD)
                .when().post("/login").andReturn();
        assertEquals(303, r.statusCode());
        String cookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("console-session=")).findFirst().orElseThrow();
        assertTrue(cookie.endsWith("; Secure"), cookie);
    }

    @Test
    void everyCallToTheApiCarriesThePersonsTokenAddressAndLanguage() {
        Staff staff = Staff.signedIn("handler1");
        FakeApi.RECEIVED.clear();
        staff.page("/requests/YSQ-2022-000123");
        assertFalse(FakeApi.RECEIVED.isEmpty());
        for (FakeApi.Received call : FakeApi.RECEIVED) {
            assertEquals("Bearer " + FakeApi.token("handler1", "handler"), call.header("Authorization"), call.target());
            assertEquals("zh-CN", call.header("Accept-Language"));
            assertNotNull(call.header("X-Forwarded-For"));
            assertEquals("test-console-hop-credential", call.header("X-Gongkai-Hop"), call.target());
            assertNull(call.header("Cookie"), "the console's cookies never go to the API");
        }
    }

    @Test
    void theSignInAndEveryCallCarryThePersonsOwnAddressWithTheConsolesHopCredential() {
        // the gateway (a trusted proxy) names the person; the console passes that address on, with its hop credential,
        // so that the gateway's sign-in limits count this person and not the console everyone shares
        Staff staff = Staff.atSignIn();
        Response r = given().redirects().follow(false).header("X-Forwarded-For", "203.0.113.7").cookie("console-csrf", staff.csrfCookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", staff.csrfToken).formParam("username", "handler1").formParam("password", FakeApi.PASSWORD)
                .when().post("/login").andReturn();
        assertEquals(303, r.statusCode());
        FakeApi.Received login = FakeApi.RECEIVED.stream().filter(x -> x.target().equals("/api/v1/auth/token")).findFirst().orElseThrow();
        assertEquals("203.0.113.7", login.header("X-Forwarded-For"));
        assertEquals("test-console-hop-credential", login.header("X-Gongkai-Hop"));
        FakeApi.RECEIVED.clear();
        given().redirects().follow(false).header("X-Forwarded-For", "198.51.100.23").cookie("console-csrf", staff.csrfCookie)
                .cookie("console-session", r.cookie("console-session")).when().get("/requests").then().statusCode(200);
        assertFalse(FakeApi.RECEIVED.isEmpty());
        for (FakeApi.Received call : FakeApi.RECEIVED) {
            assertEquals("198.51.100.23", call.header("X-Forwarded-For"), call.target());
            assertEquals("test-console-hop-credential", call.header("X-Gongkai-Hop"), call.target());
        }
    }

    @Test
    void theSignInPageOfSomeoneSignedInLeadsToTheWorkbench() {
        Response r = Staff.signedIn("handler1").get("/login");
        assertEquals(303, r.statusCode());
        assertEquals("/console/", r.header("Location"));
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndTheUserNameKept() {
        Staff staff = Staff.atSignIn();
        Response r = staff.post("/login", Map.of("username", "handler1", "password", "wrong-password"));
        assertEquals(401, r.statusCode());
        Document page = Jsoup.parse(r.asString());
        assertEquals("用户名或密码不正确。", page.selectFirst(".form-problem").text());
        assertEquals("handler1", page.selectFirst("#username").val());
        assertEquals("", page.selectFirst("#password").val(), "the password is never written back");
        assertNull(r.cookie("console-session"));
    }

    @Test
    void tooManyFailedSignInsSayHowLongToWait() {
        Response r = Staff.atSignIn().post("/login", Map.of("username", "locked", "password", "whatever-it-is"));
        assertEquals(429, r.statusCode());
        assertEquals("登录失败次数过多，请10分钟后再试。", Jsoup.parse(r.asString()).selectFirst(".form-problem").text());
    }

    @Test
    void blankFieldsAreRefusedBeforeTheGatewayIsAsked() {
        Response r = Staff.atSignIn().post("/login", Map.of("username", "  ", "password", ""));
        assertEquals(400, r.statusCode());
        assertEquals("请填写用户名和密码。", Jsoup.parse(r.asString()).selectFirst(".form-problem").text());
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(x -> x.target().contains("auth")));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedBeforeTheApiIsAsked() {
        Staff staff = Staff.signedIn("handler1");
        FakeApi.RECEIVED.clear();
        Response r = given().redirects().follow(false).cookie("console-session", staff.session).cookie("console-csrf", staff.csrfCookie)
                .contentType("application/x-www-form-urlencoded").formParam("reason", "x")
                .when().post("/requests/YSQ-2022-000123/steps/accept").andReturn();
        assertTrue(r.statusCode() == 400 || r.statusCode() == 403, "status " + r.statusCode());
        Response forged = given().redirects().follow(false).cookie("console-session", staff.session).cookie("console-csrf", staff.csrfCookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", "forged-token-of-an-attacker")
                .when().post("/requests/YSQ-2022-000123/steps/accept").andReturn();
        assertTrue(forged.statusCode() == 400 || forged.statusCode() == 403, "status " + forged.statusCode());
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(x -> x.method().equals("POST")));
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", "handler1").formParam("password", FakeApi.PASSWORD).when().post("/login").andReturn();
        assertTrue(login.statusCode() == 400 || login.statusCode() == 403, "status " + login.statusCode());
    }

    @Test
    void aFormOfAnEarlierPageStillPostsAfterAnotherPageWasOpened() {
        // staff work in several tabs: opening a page must not void the forms of the others
        Staff staff = Staff.signedIn("handler1");
        Response other = staff.get("/requests/YSQ-2022-000124");
        assertEquals(200, other.statusCode());
        String renewed = other.cookie("console-csrf");
        assertTrue(renewed == null || renewed.equals(staff.csrfCookie), "the form token stays the same");
        assertEquals(303, staff.post("/requests/YSQ-2022-000123/steps/accept", Map.of()).statusCode());
    }

    @Test
    void everyPageWithoutASessionLeadsToTheSignInPage() {
        for (String path : List.of("/", "/requests", "/requests/YSQ-2022-000123", "/petitions", "/cases", "/requests/export.csv")) {
            Response r = given().redirects().follow(false).when().get(path).andReturn();
            assertEquals(303, r.statusCode(), path);
            assertEquals("/console/login", r.header("Location"), path);
        }
        assertTrue(FakeApi.RECEIVED.isEmpty(), "nothing is asked of the API without a session");
    }

    @Test
    void aChangedOrForeignCookieIsNoSession() {
        Staff staff = Staff.signedIn("handler1");
        char[] chars = staff.session.toCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';
        for (String forged : List.of(new String(chars), "not-a-cookie", FakeApi.token("head", "admin"))) {
            Response r = given().redirects().follow(false).cookie("console-session", forged).when().get("/").andReturn();
            assertEquals(303, r.statusCode());
            assertEquals("/console/login", r.header("Location"));
            assertTrue(r.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("console-session=; Max-Age=0")));
        }
    }

    @Test
    void signingOutEndsTheSession() {
        Staff staff = Staff.signedIn("handler1");
        Response r = staff.post("/logout", Map.of());
        assertEquals(303, r.statusCode());
        assertEquals("/console/login?why=signed-out", r.header("Location"));
        String cleared = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("console-session=")).findFirst().orElseThrow();
        assertTrue(cleared.startsWith("console-session=; Max-Age=0") && cleared.contains("Path=/console"), cleared);
        staff.session = null;
        assertEquals("您已安全退出。", staff.page("/login?why=signed-out").selectFirst(".notice").text());
    }

    @Test
    void whenTheApiAnswers401TheNextClickLandsOnTheSignInPageWithAChineseMessage() {
        Staff staff = Staff.signedIn("disabled1");
        assertEquals(200, staff.get("/").statusCode());
        // the admin disables the account: the gateway refuses its token from now on
        FakeApi.REVOKED.add(FakeApi.token("disabled1", "handler"));
        Response r = staff.get("/requests");
        assertEquals(303, r.statusCode());
        assertEquals("/console/login?why=expired", r.header("Location"));
        assertTrue(r.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("console-session=; Max-Age=0")));
        staff.session = null; // the browser dropped it, as the answer said
        Document signIn = staff.page("/login?why=expired");
        assertTrue(signIn.selectFirst(".notice").text().contains("请重新登录"));
        assertTrue(signIn.selectFirst(".notice").text().contains("账号已停用"));
    }

    @Test
    void healthIsOutsideTheConsolesPathSoTheGatewayNeverRoutesIt() {
        given().basePath("").when().get("/q/health/ready").then().statusCode(200);
        int underConsole = given().basePath("").redirects().follow(false).when().get("/console/q/health/ready").statusCode();
        assertTrue(underConsole == 404 || underConsole == 303, "status " + underConsole);
    }

    @Test
    void anUnreachableApiGivesAPageInChinese() {
        Staff staff = Staff.signedIn("handler1");
        FakeApi.down = true;
        Response r = staff.get("/requests");
        FakeApi.down = false;
        assertEquals(503, r.statusCode());
        assertEquals("服务暂不可用", Jsoup.parse(r.asString()).selectFirst("h1").text());
    }
}
