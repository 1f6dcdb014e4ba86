package io.gongkai.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's; Selenium never downloads a driver) against the fake API: a
 * handler signs in, reads the 工作台, opens a request, replies without text and sees the error beside the form, opens
 * a petition and the cases, signs out; an auditor opens the same request. Every page is checked with axe-core (no
 * serious or critical violation) and photographed whole at 1280 px and 768 px under target/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class BrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        // base is http://host:port/console/
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(FakeApi.PASSWORD);
        browser.findElement(By.cssSelector("form.login button")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "工作台"));
    }

    @Test
    void aHandlerWorksThroughTheQueueARequestAPetitionAndTheCases() {
        open("/login");
        checkPage("login");
        signIn("handler1");
        checkPage("workbench");
        open("/requests");
        checkPage("requests");
        browser.findElement(By.linkText("YSQ-2022-000123")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "依申请公开 YSQ-2022-000123"));
        checkPage("request");
        browser.findElement(By.cssSelector("#reply-outcome option[value=PARTIALLY_DISCLOSED]")).click();
        browser.findElement(By.cssSelector("#step-reply button")).click();
        assertEquals("不能为空", waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-reply-text"))).getText());
        assertTrue(browser.findElement(By.cssSelector("#reply-outcome option[value=PARTIALLY_DISCLOSED]")).isSelected());
        checkPage("request-reply-refused");
        open("/requests/YSQ-2022-000125");
        checkPage("request-awaiting-clarification");
        open("/petitions");
        checkPage("petitions");
        open("/petitions/XF-2022-000045");
        checkPage("petition");
        open("/cases");
        checkPage("cases");
        open("/cases/" + FakeApi.CASE_ID);
        checkPage("case");
        browser.findElement(By.cssSelector("form.logout button")).click();
        assertEquals("您已安全退出。", waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText());
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("console-session")));
    }

    @Test
    void theOfficeHeadSeesTheExtensionAndAnAuditorSeesMaskedDataWithoutForms() {
        signIn("head");
        open("/requests/YSQ-2022-000124");
        assertTrue(browser.findElements(By.id("step-extend")).size() == 1);
        checkPage("request-office-head");
        signIn("auditor1");
        open("/requests/YSQ-2022-000123");
        assertEquals("张*", browser.findElement(By.cssSelector(".applicant .name")).getText());
        assertTrue(browser.findElements(By.cssSelector("main form")).isEmpty());
        checkPage("request-auditor");
        // the session cookie is out of reach of any script on the page
        Object visible = ((JavascriptExecutor) browser).executeScript("return document.cookie;");
        assertTrue(!String.valueOf(visible).contains("console-session"), String.valueOf(visible));
    }

    /** axe-core on the page as it is now, then a whole-page screenshot at 1280 px and at 768 px. */
    private void checkPage(String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))));");
        List<Map<String, Object>> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        assertTrue(serious.isEmpty(), name + ": " + serious);
        for (int width : new int[] {1280, 768}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 140, 600), 6000)));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            try {
                Files.write(SHOTS.resolve(name + "-" + width + ".png"), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, name + " scrolls sideways at " + width + " px by " + overflow + " px");
        }
    }

    private static String axe;

    private static String axeSource() {
        if (axe == null) {
            try (InputStream in = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
