package io.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The follow page speaks Chinese (the clock's reasons, the steps, what the applicant must do) and lets the applicant
 * act: send the clarification asked for, withdraw the request, download the reply. Request 124 awaits a
 * clarification, 125 is answered; the fake API takes their code as the API does (any case, dashes or not).
 */
@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class FollowPagesTest {

    private static final String CODE = "AB1-CD2-EF3";
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    private Forms forms;

    @BeforeEach
    void openTheFollowForm() {
        FakeApi.RECEIVED.clear();
        FakeApi.LAST_BODY = null;
        FakeApi.request124 = null;
        forms = Forms.open("/follow");
    }

    private Document post(String path, int status, Map<String, String> fields) {
        Response r = forms.post(path, fields);
        assertEquals(status, r.statusCode(), r.asString());
        assertEquals("no-store", r.header("Cache-Control"));
        return Jsoup.parse(r.asString());
    }

    private Document follow(String number) {
        return post("/follow", 200, Map.of("trackingNo", number, "accessCode", CODE));
    }

    private static Map<String, String> with(String number, String... pairs) {
        Map<String, String> fields = new HashMap<>(Map.of("trackingNo", number, "accessCode", CODE));
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** Latin-script words in the page's main text, but for the tracking number. */
    private static List<String> english(Document page) {
        Matcher m = LATIN_WORD.matcher(page.selectFirst("main").text().replaceAll("YSQ-\\d{4}-\\d{6}", ""));
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    @Test
    void aRequestAwaitingClarificationIsExplainedInChineseWithTheFormToSendIt() {
        // a lower-case code without dashes: the API accepts it, and the page says so instead of "case-sensitive"
        Document page = post("/follow", 200, Map.of("trackingNo", "YSQ-2022-000124", "accessCode", "ab1cd2ef3"));
        assertEquals("补正申请内容，请在2022年10月21日前办理", page.selectFirst("dd.waiting").text());
        assertEquals(List.of("2022年9月24日 提交申请：网上提交", "2022年9月27日 分派承办人：已确定承办人", "2022年9月28日 要求补正：请写明所需信息的年份"),
                page.select("#history + ol li").eachText());
        String explained = page.selectFirst("#clock + p").text();
        assertTrue(explained.contains("在周末收到，顺延至下一个工作日（2022年9月26日）为起算日"), explained);
        assertEquals(List.of("在周末收到，不计入", "周末，不计入", "原申请的起算日", "要求补正前已计入，补正后重新计算", "要求补正前已计入，补正后重新计算",
                        "暂停计算：等待申请人补正", "暂停计算：等待申请人补正", "暂停计算：等待申请人补正"),
                page.select("table.clock td.why").eachText());
        assertTrue(page.selectFirst(".provisional").text().contains("2023年的节假日安排尚未公布"));
        assertEquals(List.of(), english(page), "no English on the applicant's page");
        assertNotNull(page.selectFirst("form[action=/follow/clarify] textarea[name=clarification]"));
        assertNotNull(page.selectFirst("form[action=/follow/withdraw] input[name=confirm]"));
        assertNull(page.selectFirst("form[action=/follow/reply]"), "no reply yet");
        assertEquals("ab1cd2ef3", page.selectFirst("form[action=/follow/clarify] input[name=accessCode]").val());
        assertNotNull(page.selectFirst("form[action=/follow/clarify] input[name=csrf-token]"));
    }

    @Test
    void theFollowFormSaysWhatIsTrueOfTheCode() {
        String hint = forms.page.selectFirst("#code-hint").text();
        assertTrue(hint.contains("不区分大小写") && hint.contains("短横线"), hint);
        assertFalse(forms.page.text().contains("查询码区分大小写"));
    }

    @Test
    void theApplicantSendsTheClarificationAndTheCountStartsAgain() {
        Document page = post("/follow/clarify", 200, with("YSQ-2022-000124", "clarification", "需要2021年的信息"));
        assertEquals("补正内容已提交。答复期限从补正之日起重新计算，见下方。", page.selectFirst(".notice").text());
        assertTrue(FakeApi.LAST_BODY.contains("\"reason\":\"需要2021年的信息\""), FakeApi.LAST_BODY);
        FakeApi.Received sent = FakeApi.RECEIVED.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertEquals("/api/v1/requests/YSQ-2022-000124/clarified", sent.target());
        assertEquals(CODE, sent.header("X-Access-Code"));
        assertEquals("2022年10月10日 已补正：重新计算期限，答复期限为2022年10月31日：需要2021年的信息",
                page.select("#history + ol li").last().text());
        assertNull(page.selectFirst("form[action=/follow/clarify]"), "nothing more to clarify");
        assertEquals("2022年10月31日", page.selectFirst("dd.due").text());
    }

    @Test
    void anEmptyOrTooLongClarificationIsRefusedBesideItsFieldBeforeTheApiIsAsked() {
        Document empty = post("/follow/clarify", 400, with("YSQ-2022-000124", "clarification", "  "));
        assertEquals("请填写补正的内容", empty.selectFirst("#e-clarification").text());
        assertEquals("true", empty.selectFirst("#clarification").attr("aria-invalid"));
        Document tooLong = post("/follow/clarify", 400, with("YSQ-2022-000124", "clarification", "字".repeat(2001)));
        assertTrue(tooLong.selectFirst("#e-clarification").text().contains("不能超过 2000 个字"));
        assertEquals(2001, tooLong.selectFirst("#clarification").text().length(), "what was typed is kept");
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(r -> r.method().equals("POST")));
    }

    @Test
    void withdrawingNeedsTheConfirmationAndThenWithdraws() {
        Document unconfirmed = post("/follow/withdraw", 400, with("YSQ-2022-000124", "reason", "已从其他途径获得"));
        assertEquals("请勾选“我确认撤回此申请”", unconfirmed.selectFirst("#e-confirm").text());
        assertEquals("已从其他途径获得", unconfirmed.selectFirst("#withdrawReason").text());
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(r -> r.method().equals("POST")));
        Document done = post("/follow/withdraw", 200, with("YSQ-2022-000124", "reason", "已从其他途径获得", "confirm", "yes"));
        assertEquals("申请已撤回。", done.selectFirst(".notice").text());
        assertEquals("已撤回", done.selectFirst("dd.status").text());
        assertTrue(FakeApi.LAST_BODY.contains("\"reason\":\"已从其他途径获得\""), FakeApi.LAST_BODY);
        assertNull(done.selectFirst("form[action=/follow/withdraw]"), "a withdrawn request cannot be withdrawn again");
    }

    @Test
    void anAnsweredRequestOffersItsReplyToDownloadAndRefusesAWithdrawalInChinese() {
        Document page = follow("YSQ-2022-000125");
        assertNotNull(page.selectFirst("form[action=/follow/reply] button"));
        assertNull(page.selectFirst("form[action=/follow/withdraw]"));
        assertEquals("2022年10月20日 延期答复：延长 15 个工作日，答复期限由2022年10月26日改为2022年11月16日：需要调取多个部门的档案",
                page.select("#history + ol li").get(1).text());
        assertEquals("2022年11月10日 答复：部分公开", page.select("#history + ol li").get(2).text());
        assertEquals(List.of(), english(page));
        Response file = forms.post("/follow/reply", with("YSQ-2022-000125"));
        assertEquals(200, file.statusCode());
        assertTrue(file.contentType().startsWith("text/plain"), file.contentType());
        assertTrue(file.header("Content-Disposition").startsWith("attachment; filename=\"reply-YSQ-2022-000125.txt\""));
        String text = file.asString();
        assertTrue(text.contains("办理结果：部分公开（保护第三方合法权益）"), text);
        assertTrue(text.contains("涉及个人的部分不予公开。"), text);
        Document refused = post("/follow/withdraw", 409, with("YSQ-2022-000125", "confirm", "yes"));
        assertEquals("此申请已办结，不能再撤回。", refused.selectFirst(".form-problem").text());
        Document noReply = post("/follow/reply", 404, with("YSQ-2022-000124"));
        assertEquals("此申请还没有答复，答复后即可下载。", noReply.selectFirst(".form-problem").text());
    }

    @Test
    void aWrongCodeOnAnActionLooksLikeAWrongCodeAndAMalformedNumberIsNotSent() {
        Map<String, String> wrong = with("YSQ-2022-000124", "confirm", "yes");
        wrong.put("accessCode", "guess");
        Document page = post("/follow/withdraw", 404, wrong);
        assertTrue(page.selectFirst(".form-problem").text().contains("申请编号或查询码不正确"));
        assertEquals("", page.selectFirst("#accessCode").val());
        FakeApi.RECEIVED.clear();
        Document malformed = post("/follow/clarify", 400, Map.of("trackingNo", "12", "accessCode", CODE, "clarification", "x"));
        assertNotNull(malformed.selectFirst("form[action=/follow]"));
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(r -> r.method().equals("POST")));
    }

    @Test
    void aPageWhoseTemplateCannotBeDrawnIsTheColumnsChineseErrorPage() {
        FakeApi.brokenClock = true;
        try {
            Response r = forms.post("/follow", Map.of("trackingNo", "YSQ-2022-000124", "accessCode", CODE));
            Document page = Jsoup.parse(r.asString());
            assertEquals(500, r.statusCode(), r.asString());
            assertEquals("页面暂时无法显示", page.selectFirst("h1").text());
            assertNotNull(page.selectFirst("header.site nav a[href=/follow]"));
            assertTrue(page.selectFirst(".request-id code").text().startsWith("web-"));
        } finally {
            FakeApi.brokenClock = false;
        }
    }

    @Test
    void anActionWithoutTheCsrfTokenIsRefusedBeforeTheApiIsAsked() {
        int status = given().formParam("trackingNo", "YSQ-2022-000124").formParam("accessCode", CODE).formParam("confirm", "yes")
                .when().post("/follow/withdraw").statusCode();
        assertTrue(status == 400 || status == 403, "status " + status);
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(r -> r.method().equals("POST")));
    }
}
