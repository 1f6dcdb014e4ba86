package io.gongkai.web;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The column in a real headless Chromium (Debian's, scripts/browser.sh installs it; Selenium never downloads a
 * driver): a visitor searches and opens an item, asks for information and follows the request, sees a wrong code
 * refused, writes a letter, opens the reports. Every page is checked with axe-core (no serious or critical
 * violation) and photographed at 360 px and 1280 px under target/screenshots for a person to look at.
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
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void aVisitorSearchesAndOpensAnItem() {
        open("/");
        checkPage("home");
        browser.findElement(By.id("q")).sendKeys("招生章程", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/search?q="));
        assertEquals("招生章程", browser.findElement(By.cssSelector(".hits li a mark")).getText());
        checkPage("search");
        browser.findElement(By.cssSelector(".hits li a")).click();
        waiting().until(ExpectedConditions.urlContains("/items/" + FakeApi.ITEM));
        assertEquals("2022年本科招生章程", browser.findElement(By.tagName("h1")).getText());
        checkPage("item");
        open("/catalog?year=2022");
        checkPage("catalog");
        browser.findElement(By.cssSelector("table.catalog a[href^='/catalog/7?']")).click();
        waiting().until(ExpectedConditions.urlContains("/catalog/7"));
        checkPage("entry");
    }

    @Test
    void aVisitorAsksForInformationKeepsTheCodeAndFollowsTheRequest() {
        open("/ask");
        checkPage("ask");
        browser.findElement(By.id("name")).sendKeys("张三");
        browser.findElement(By.id("email")).sendKeys("zhangsan@example.com");
        browser.findElement(By.id("description")).sendKeys("2021年学校预算公开的明细");
        browser.findElement(By.cssSelector("form.request button[type=submit]")).click();
        String number = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tracking"))).getText();
        String code = browser.findElement(By.cssSelector(".code")).getText();
        assertEquals("YSQ-2022-000123", number);
        assertTrue(!browser.getCurrentUrl().contains(code), "the code is not in the address bar");
        checkPage("asked");

        open("/follow");
        browser.findElement(By.id("trackingNo")).sendKeys(number);
        browser.findElement(By.id("accessCode")).sendKeys("wrong-code");
        browser.findElement(By.cssSelector("form.follow button")).click();
        assertTrue(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-problem"))).getText()
                .contains("申请编号或查询码不正确"));
        checkPage("follow-refused");
        browser.findElement(By.id("accessCode")).sendKeys(code);
        browser.findElement(By.cssSelector("form.follow button")).click();
        assertEquals("已受理", waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dd.status"))).getText());
        assertTrue(browser.findElements(By.cssSelector("table.clock tbody tr")).size() >= 4);
        checkPage("followed");
    }

    @Test
    void aVisitorWritesALetterAndOpensTheReports() {
        open("/petition");
        checkPage("petition");
        browser.findElement(By.id("subject")).sendKeys("食堂就餐时间");
        browser.findElement(By.id("content")).sendKeys("建议延长晚餐供应时间。");
        browser.findElement(By.cssSelector("form.request button[type=submit]")).click();
        assertEquals("XF-2022-000045", waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tracking"))).getText());
        open("/evaluate");
        checkPage("evaluate");
        open("/reports");
        assertTrue(browser.findElement(By.cssSelector(".reports")).getText().contains("2022年度信息公开工作年度报告"));
        checkPage("reports");
    }

    @Test
    void theStatisticsPageDrawsItsCharts() {
        open("/stats?year=2022");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#channels-chart canvas")));
        assertEquals(1, browser.findElements(By.cssSelector("#outcomes-chart canvas")).size());
        checkPage("stats");
    }

    @Test
    void everyLinkAndFieldIsReachableByKeyboard() {
        open("/ask");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            reached.add(browser.switchTo().activeElement().getAttribute("id") + "|" + browser.switchTo().activeElement().getTagName());
        }
        for (String id : List.of("name", "email", "description", "phone")) {
            assertTrue(reached.stream().anyMatch(r -> r.startsWith(id + "|")), id + " is reached by Tab: " + reached);
        }
    }

    @Test
    void theApplicantSendsTheClarificationFromTheFollowPage() {
        FakeApi.request124 = null;
        open("/follow");
        browser.findElement(By.id("trackingNo")).sendKeys("ysq-2022-000124");
        browser.findElement(By.id("accessCode")).sendKeys("ab1cd2ef3");
        browser.findElement(By.cssSelector("form.follow button")).click();
        assertEquals("待补正", waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dd.status"))).getText());
        checkPage("followed-clarify");
        browser.findElement(By.id("clarification")).sendKeys("需要2021年的信息");
        browser.findElement(By.cssSelector("form[action='/follow/clarify'] button")).click();
        assertTrue(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText().startsWith("补正内容已提交"));
        checkPage("followed-clarified");
        FakeApi.request124 = null;
    }

    @Test
    void aVisitorSearchesTheDemoDataNarrowsItAndReadsAReport() {
        FakeApi.itemsFixture = "items-demo.json";
        try {
            open("/search");
            checkPage("search-demo");
            browser.findElement(By.cssSelector(".facets a[href*='unit=NEWS_CENTER']")).click();
            assertTrue(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".narrowed"))).getText()
                    .contains("责任单位：新闻中心"));
            open("/search?q=%C4%B0stanbul");
            checkPage("search-dotted-i");
        } finally {
            FakeApi.itemsFixture = "items.json";
        }
        open("/reports/2022");
        assertTrue(browser.findElement(By.cssSelector(".preview-label")).getText().startsWith("预览"));
        checkPage("report");
        open("/no/such/page");
        checkPage("error");
    }

    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z'-]*");
    /** Latin-script words the column may show: formats, and the parts of tracking numbers and examples. */
    private static final java.util.Set<String> ALLOWED = java.util.Set.of("PDF", "CSV", "YSQ", "XF", "KB", "MB", "B", "O", "I", "L");

    /**
     * A bounded crawl of the column from its home page over same-origin links (never the example.edu.cn postings): every
     * link answers 200, and the column's own text (item titles, summaries and bodies, the API's names and the report's
     * text excluded) has no English word.
     */
    @Test
    void everyLinkOfTheColumnAnswersAndItsOwnTextIsChinese() throws Exception {
        FakeApi.itemsFixture = "items-demo.json";
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String root = base.toString().replaceAll("/$", "");
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of("/", "/follow", "/petition/follow"));
        java.util.Set<String> seen = new java.util.HashSet<>(queue);
        List<String> failures = new ArrayList<>();
        java.util.Map<String, java.util.Set<String>> english = new java.util.TreeMap<>();
        int fetched = 0;
        try {
            while (!queue.isEmpty() && fetched < 250) {
                String path = queue.poll();
                fetched++;
                java.net.http.HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    failures.add(path + " → " + r.statusCode());
                    continue;
                }
                if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body(), root + path);
                for (org.jsoup.nodes.Element a : page.select("a[href]")) {
                    String href = a.attr("abs:href");
                    if (href.startsWith(root + "/") && !href.contains("#")) {
                        String next = href.substring(root.length());
                        if (seen.add(next)) {
                            queue.add(next);
                        }
                    }
                }
                // the column's own words: not what the API publishes (titles, summaries, bodies, report text, reply texts)
                page.select(".hits li, ul.items li, .item .body, .item h1, article.report, .report-head h1, .reply-text, "
                        + "table.catalog td:nth-child(2), table.catalog td:nth-child(5), .entry h1, #items + ul, title, "
                        + ".reports .meta, .facts dd, #attachments + ul, code").remove();
                java.util.regex.Matcher m = LATIN.matcher(page.selectFirst("body").text());
                while (m.find()) {
                    if (!ALLOWED.contains(m.group())) {
                        english.computeIfAbsent(m.group(), k -> new java.util.TreeSet<>()).add(path);
                    }
                }
            }
        } finally {
            FakeApi.itemsFixture = "items.json";
        }
        assertTrue(fetched >= 40, "crawled " + fetched + " pages");
        assertEquals(List.of(), failures, "links that do not answer 200");
        assertEquals(Map.of(), english, "English words in the column's own text");
    }

    /** axe-core on the page as it is now, then a screenshot at 360 px and at 1280 px. */
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
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            // the whole page, so a person can look at all of it
            long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 900), 5000)));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            browser.manage().window().setSize(new Dimension(width, 900));
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
