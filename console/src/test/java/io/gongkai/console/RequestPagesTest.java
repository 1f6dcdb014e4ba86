package io.gongkai.console;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class RequestPagesTest {

    private Staff handler;

    @BeforeEach
    void signIn() {
        handler = Staff.signedIn("handler1");
        FakeApi.RECEIVED.clear();
    }

    private static List<String> forms(Document page) {
        return page.select("form.step").eachAttr("id");
    }

    private static FakeApi.Received lastPost() {
        return FakeApi.RECEIVED.stream().filter(x -> x.method().equals("POST")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void theListPassesEveryFilterToTheApiAndPagesWithItsCursor() {
        Document page = handler.page("/requests?status=ACCEPTED&overdue=false&dueWithin=5&outcome=DISCLOSED&handler=handler1&year=2022"
                + "&from=2021-09-01&to=2022-08-31");
        assertEquals("/api/v1/requests?status=ACCEPTED&overdue=false&dueWithin=5&outcome=DISCLOSED&handler=handler1&year=2022"
                + "&from=2021-09-01&to=2022-08-31&limit=20", FakeApi.RECEIVED.get(0).target());
        assertNotNull(page.selectFirst("#f-status option[value=ACCEPTED][selected]"));
        assertEquals("handler1", page.selectFirst("#f-handler").val());
        FakeApi.RECEIVED.clear();
        Document first = handler.page("/requests");
        List<String> rows = first.select("table.requests tbody tr").eachText();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("YSQ-2022-000123 已收到（待受理） 张三"), rows.get(0));
        assertEquals("overdue", first.select("table.requests tbody tr").get(1).className());
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertEquals("/console/requests?cursor=eyJyIjoiMjAyMi0wOS0zMCJ9", next);
        Document second = handler.page(next.substring("/console".length()));
        assertTrue(second.selectFirst("table.requests tbody tr").text().contains("予以公开"));
        assertNull(second.selectFirst("a[rel=next]"), "the last page has no next");
    }

    @Test
    void theExportLinkKeepsTheFiltersAndAnswersTheApisCsv() {
        Document page = handler.page("/requests?status=RECEIVED&year=2022");
        assertEquals("/console/requests/export.csv?status=RECEIVED&year=2022", page.selectFirst("p.export a").attr("href"));
        Response csv = handler.get("/requests/export.csv?status=RECEIVED&year=2022");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").startsWith("attachment; filename=\"requests-"));
        assertTrue(csv.asString().startsWith("trackingNo,status"));
        FakeApi.Received call = FakeApi.RECEIVED.stream().filter(x -> "text/csv".equals(x.header("Accept"))).findFirst().orElseThrow();
        assertEquals("/api/v1/requests?status=RECEIVED&year=2022", call.target());
    }

    @Test
    void aBadFilterIsRefusedInChineseBeforeTheApiIsAsked() {
        for (String query : List.of("status=LOST", "overdue=maybe", "dueWithin=99", "year=20x2", "from=2022-13-01", "outcome=NOPE",
                "cursor=%3Cscript%3E")) {
            Response r = handler.get("/requests?" + query);
            assertEquals(400, r.statusCode(), query);
            assertEquals("筛选条件有误", Jsoup.parse(r.asString()).selectFirst("h1").text(), query);
        }
        assertTrue(FakeApi.RECEIVED.isEmpty());
    }

    @Test
    void theRequestPageShowsTheApplicantWhatWasAskedTheClockAndTheHistory() {
        Document page = handler.page("/requests/YSQ-2022-000124");
        assertEquals("依申请公开 YSQ-2022-000124", page.selectFirst("h1").text());
        assertEquals("已受理", page.selectFirst("dd.status").text());
        assertEquals("张三", page.selectFirst(".applicant .name").text());
        assertEquals("110101199003071234", page.selectFirst(".applicant .id-number").text());
        assertEquals("13800000000", page.selectFirst(".applicant .phone").text());
        assertNull(page.selectFirst(".masked-note"));
        assertEquals("2021年学校预算公开的明细", page.selectFirst(".description").text());
        assertTrue(page.selectFirst("dd.due .urgency").text().startsWith("剩 "));
        List<String> days = page.select("table.clock tbody tr").eachText();
        assertEquals("2022年10月1日 法定节假日 不计入 国庆节", days.get(1));
        assertEquals("2022年10月8日 调休上班日 计入 1 调休上班日", days.get(2));
        assertTrue(page.selectFirst(".clock-summary").text().contains("答复期限 2022年10月26日"));
        assertEquals(List.of("2022年9月30日 10:00 收到申请 申请人", "2022年10月8日 09:00 受理 承办人 handler1：内容明确"),
                page.select("ol.history li").eachText());
    }

    @Test
    void onlyTheStepsAllowedNowAreOffered() {
        assertEquals(List.of("step-accept", "step-assign", "step-ask-clarification", "step-reply", "step-withdraw"),
                forms(handler.page("/requests/YSQ-2022-000123")));
        // accepted: no second acceptance; the extension is the office head's
        assertEquals(List.of("step-assign", "step-ask-clarification", "step-fee-notice", "step-reply", "step-withdraw"),
                forms(handler.page("/requests/YSQ-2022-000124")));
        assertTrue(forms(Staff.signedIn("head").page("/requests/YSQ-2022-000124")).contains("step-extend"));
        // waiting for a clarification whose deadline has passed: record it, or close
        assertEquals(List.of("step-assign", "step-clarified", "step-close", "step-withdraw"),
                forms(handler.page("/requests/YSQ-2022-000125")));
        Document answered = handler.page("/requests/YSQ-2022-000126");
        assertEquals(List.of(), forms(answered));
        assertEquals("不予公开（属于过程性信息）", answered.selectFirst("dd.outcome").text());
        for (Element form : handler.page("/requests/YSQ-2022-000123").select("form.step")) {
            assertNotNull(form.selectFirst("input[name=csrf-token]"), form.id());
            for (Element field : form.select("input:not([type=hidden]), select, textarea")) {
                assertNotNull(form.selectFirst("label[for=" + field.id() + "]"), "no label for " + field.id());
            }
        }
    }

    @Test
    void anAuditorSeesMaskedDataAndNoStepForm() {
        Document page = Staff.signedIn("auditor1").page("/requests/YSQ-2022-000123");
        assertEquals("张*", page.selectFirst(".applicant .name").text());
        assertEquals("138****0000", page.selectFirst(".applicant .phone").text());
        assertTrue(page.selectFirst(".masked-note").text().contains("已遮蔽"));
        assertNull(page.selectFirst(".applicant .id-number"));
        assertTrue(page.select("main form").isEmpty(), "no step form for an auditor");
        assertFalse(page.text().contains("张三") || page.text().contains("13800000000"));
    }

    @Test
    void aStepTakenGoesBackToTheRequestWithWhatWasDone() {
        Response r = handler.post("/requests/YSQ-2022-000123/steps/accept", Map.of("reason", "内容明确"));
        assertEquals(303, r.statusCode());
        assertEquals("/console/requests/YSQ-2022-000123?done=accept#history", r.header("Location"));
        assertEquals("/api/v1/requests/YSQ-2022-000123/accept", lastPost().target());
        assertEquals("{\"reason\":\"内容明确\"}", lastPost().body());
        assertEquals("已完成：受理。", handler.page("/requests/YSQ-2022-000123?done=accept").selectFirst(".notice").text());
    }

    @Test
    void aReplyWithoutTextComesBackBesideItsFormAsTyped() {
        Response r = handler.post("/requests/YSQ-2022-000123/steps/reply", Map.of("outcome", "PARTIALLY_DISCLOSED",
                "legalBasis", "THIRD_PARTY_RIGHTS", "deliveryForm", "PAPER", "feeAmount", "12.50"));
        assertEquals(400, r.statusCode());
        Document page = Jsoup.parse(r.asString());
        Element form = page.getElementById("step-reply");
        assertEquals("请更正标出的内容后再提交。", form.selectFirst(".form-problem").text());
        assertEquals("不能为空", form.selectFirst("#e-reply-text").text());
        assertEquals("true", form.selectFirst("#reply-text").attr("aria-invalid"));
        assertNotNull(form.selectFirst("#reply-outcome option[value=PARTIALLY_DISCLOSED][selected]"));
        assertNotNull(form.selectFirst("#reply-legalBasis option[value=THIRD_PARTY_RIGHTS][selected]"));
        assertNotNull(form.selectFirst("#reply-df-PAPER[checked]"));
        assertEquals("12.50", form.selectFirst("#reply-feeAmount").val());
        assertNull(page.getElementById("step-accept").selectFirst(".form-problem"), "only the failed form says so");
        assertTrue(lastPost().body().contains("\"fee\":{\"amount\":12.50,\"waived\":false}"), lastPost().body());
    }

    @Test
    void aRefusalWithoutFieldsShowsTheApisChineseDetail() {
        Response r = handler.post("/requests/YSQ-2022-000123/steps/reply", Map.of("outcome", "NOT_DISCLOSED", "text", "不予公开。",
                "deliveryForm", "ELECTRONIC"));
        assertEquals(400, r.statusCode());
        assertEquals("请更正标出的内容后再提交。不予公开须写明法律依据",
                Jsoup.parse(r.asString()).selectFirst("#step-reply .form-problem").text());
        assertEquals("不予公开。", Jsoup.parse(r.asString()).selectFirst("#reply-text").text());
    }

    @Test
    void aStepNoLongerAllowedIsExplainedInChinese() {
        Response r = handler.post("/requests/YSQ-2022-000123/steps/ask-clarification", Map.of("reason", "请写明年份"));
        assertEquals(409, r.statusCode());
        Document page = Jsoup.parse(r.asString());
        assertTrue(page.selectFirst("#step-ask-clarification .form-problem").text().startsWith("当前状态下不能要求补正"));
        assertEquals("请写明年份", page.selectFirst("#ask-clarification-reason").text());
    }

    @Test
    void theExtensionIsTheOfficeHeadsAndBoundedByTheApi() {
        Response byHandler = handler.post("/requests/YSQ-2022-000124/steps/extend", Map.of("workingDays", "10", "reason", "需要调取档案",
                "approver", "handler1"));
        assertEquals(403, byHandler.statusCode());
        assertTrue(Jsoup.parse(byHandler.asString()).text().contains("延期须经信息公开办公室负责人批准"));
        Staff head = Staff.signedIn("head");
        Document form = head.page("/requests/YSQ-2022-000124");
        assertEquals("15", form.selectFirst("#extend-workingDays").val());
        assertEquals("head", form.selectFirst("#extend-approver").val());
        Response tooLong = head.post("/requests/YSQ-2022-000124/steps/extend", Map.of("workingDays", "16", "reason", "需要调取档案",
                "approver", "head"));
        assertEquals(400, tooLong.statusCode());
        Document page = Jsoup.parse(tooLong.asString());
        assertEquals("最多延长15个工作日", page.selectFirst("#e-extend-workingDays").text());
        assertEquals("16", page.selectFirst("#extend-workingDays").val());
        assertEquals("需要调取档案", page.selectFirst("#extend-reason").text());
        assertEquals(303, head.post("/requests/YSQ-2022-000124/steps/extend", Map.of("workingDays", "10", "reason", "需要调取档案",
                "approver", "head")).statusCode());
        assertEquals("{\"workingDays\":10,\"approver\":\"head\",\"reason\":\"需要调取档案\"}", lastPost().body());
    }

    @Test
    void numbersAndTimesThatAreNoneAreRefusedHereAndKept() {
        FakeApi.RECEIVED.clear();
        Staff head = Staff.signedIn("head");
        Response days = head.post("/requests/YSQ-2022-000124/steps/extend", Map.of("workingDays", "十天", "reason", "x"));
        assertEquals(400, days.statusCode());
        assertEquals("请填写工作日天数（整数）", Jsoup.parse(days.asString()).selectFirst("#e-extend-workingDays").text());
        assertEquals("十天", Jsoup.parse(days.asString()).selectFirst("#extend-workingDays").val());
        Response fee = handler.post("/requests/YSQ-2022-000124/steps/fee-notice", Map.of("amount", "12.345"));
        assertEquals(400, fee.statusCode());
        assertEquals("请填写金额（元），如 12.50", Jsoup.parse(fee.asString()).selectFirst("#e-fee-notice-amount").text());
        Response when = handler.post("/requests/YSQ-2022-000125/steps/clarified", Map.of("receivedAt", "昨天下午"));
        assertEquals(400, when.statusCode());
        assertTrue(Jsoup.parse(when.asString()).selectFirst("#e-clarified-receivedAt").text().startsWith("请按"));
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(x -> x.method().equals("POST") && !x.target().contains("auth")));
        assertEquals(303, handler.post("/requests/YSQ-2022-000125/steps/clarified", Map.of("receivedAt", "2022-10-10T09:30")).statusCode());
        assertEquals("{\"receivedAt\":\"2022-10-10T09:30:00+08:00\"}", lastPost().body());
    }

    @Test
    void unknownStepsAndMalformedNumbersAreNotFound() {
        assertEquals(404, handler.post("/requests/YSQ-2022-000123/steps/approve-everything", Map.of()).statusCode());
        assertEquals(404, handler.get("/requests/YSQ-22-1").statusCode());
        assertEquals(404, handler.get("/requests/YSQ-2022-000999").statusCode());
        assertEquals("未找到", Jsoup.parse(handler.get("/requests/YSQ-2022-000999").asString()).selectFirst("h1").text());
        assertEquals(404, handler.get("/no-such-page").statusCode());
    }
}
