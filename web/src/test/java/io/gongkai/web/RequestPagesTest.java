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

    private Forms forms;
    private Document form;

    @BeforeEach
    void openTheForm() {
        KeptAnswers.forget();
        FakeApi.RECEIVED.clear();
        FakeApi.LAST_BODY = null;
        forms = Forms.open("/ask");
        form = forms.page;
    }

    private Response post(String path, Map<String, String> fields) {
        return forms.post(path, fields);
    }

    @Test
    void theFormHasTheGuideAndEveryFieldOfARequestEachLabelled() {
        assertTrue(form.selectFirst(".guide").text().contains("15 个工作日"));
        for (String name : List.of("applicantType", "subType", "name", "idNumber", "phone", "email", "address", "description",
                "documentNumber", "documentDate", "purpose", "ownPersonalInformation", "deliveryForm", "deliveryMethod")) {
            assertFalse(form.select("form.request [name=" + name + "]").isEmpty(), name);
        }
        for (Element field : form.select("form.request input:not([type=hidden]), form.request select, form.request textarea")) {
            assertNotNull(form.selectFirst("label[for=" + field.id() + "]"), "no label for " + field.attr("name"));
        }
        assertEquals("post", form.selectFirst("form.request").attr("method"));
        assertTrue(form.selectFirst("input[name=idempotencyKey]").val().matches("[0-9a-f-]{36}"));
        assertNotNull(forms.cookie);
    }

    @Test
    void aSubmittedRequestShowsItsNumberAndCodeOnceAndIsNeverCached() {
        String key = form.selectFirst("input[name=idempotencyKey]").val();
        Response r = post("/ask", Map.of("applicantType", "NATURAL_PERSON", "name", "张三", "email", "zhangsan@example.com",
                "description", "2021年学校预算公开的明细", "deliveryForm", "ELECTRONIC", "deliveryMethod", "EMAIL",
                "idempotencyKey", key));
        assertEquals(200, r.statusCode());
        assertEquals("no-store", r.header("Cache-Control"));
        Document done = Jsoup.parse(r.asString());
        assertEquals("YSQ-2022-000123", done.selectFirst(".tracking").text());
        assertEquals("Xq7-Ka9-Pm2-Zt4", done.selectFirst(".code").text());
        assertTrue(done.selectFirst(".keep").text().contains("只显示这一次"));
        assertEquals("2022年10月26日前", done.select("dl.facts dd").get(3).text());
        assertFalse(done.text().contains("张三"), "the confirmation shows no personal data");
        FakeApi.Received sent = FakeApi.RECEIVED.stream().filter(x -> x.method().equals("POST")).findFirst().orElseThrow();
        assertEquals(key, sent.header("Idempotency-Key"));
        assertTrue(FakeApi.LAST_BODY.contains("\"channel\":\"ONLINE\"") && FakeApi.LAST_BODY.contains("\"name\":\"张三\""),
                FakeApi.LAST_BODY);
        assertFalse(FakeApi.LAST_BODY.contains("subType"), "no sub-type for a natural person");
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(x -> x.target().contains("Xq7")), "the code is in no URL");
    }

    @Test
    void badInputShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() {
        Response r = post("/ask", Map.of("applicantType", "NATURAL_PERSON", "phone", "13800000000", "purpose", "科研",
                "deliveryForm", "PAPER", "deliveryMethod", "POST"));
        assertEquals(400, r.statusCode());
        Document page = Jsoup.parse(r.asString());
        assertEquals("不能为空", page.selectFirst("#e-name").text());
        assertEquals("不能为空", page.selectFirst("#e-description").text());
        assertEquals("true", page.selectFirst("#description").attr("aria-invalid"));
        assertEquals("13800000000", page.selectFirst("#phone").val());
        assertEquals("科研", page.selectFirst("#purpose").text());
        assertNotNull(page.selectFirst("#f-paper[checked]"));
        assertNotNull(page.selectFirst("#m-post[checked]"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedBeforeTheApiIsAsked() {
        int status = given().formParam("name", "张三").formParam("description", "x").when().post("/ask").statusCode();
        assertTrue(status == 400 || status == 403, "status " + status);
        assertTrue(FakeApi.RECEIVED.stream().noneMatch(x -> x.method().equals("POST")));
    }

    @Test
    void followingARequestShowsItsStatusDueDateAndTheClockDayByDay() {
        Response r = post("/follow", Map.of("trackingNo", "ysq-2022-000123", "accessCode", "Xq7-Ka9-Pm2-Zt4"));
        assertEquals(200, r.statusCode());
        assertEquals("no-store", r.header("Cache-Control"));
        Document page = Jsoup.parse(r.asString());
        assertEquals("已受理", page.selectFirst("dd.status").text());
        assertEquals("2022年10月26日", page.selectFirst("dd.due").text());
        List<String> rows = page.select("table.clock tbody tr").eachText();
        assertEquals("2022年9月30日 工作日 起算日，不计入 起算日，从次日起计算", rows.get(0));
        assertEquals("2022年10月1日 法定节假日 不计入 法定节假日（国庆节），不计入", rows.get(1));
        assertEquals("2022年10月8日 调休上班日 计入 1 第 1 个工作日（共 15 个）；调休上班日，计入", rows.get(2));
        assertEquals("2022年10月26日 工作日 计入 15 第 15 个工作日（共 15 个）；答复期限", rows.get(3));
        assertEquals(List.of("2022年9月30日 提交申请", "2022年10月8日 受理"), page.select("#history + ol li").eachText());
        assertTrue(FakeApi.RECEIVED.stream().allMatch(x -> !x.target().contains("Xq7")), "the code is in no URL");
    }

    @Test
    void aWrongCodeAndAMalformedNumberAreRefusedInChinese() {
        Response wrong = post("/follow", Map.of("trackingNo", "YSQ-2022-000123", "accessCode", "guess"));
        assertEquals(404, wrong.statusCode());
        Document page = Jsoup.parse(wrong.asString());
        assertTrue(page.selectFirst(".form-problem").text().contains("申请编号或查询码不正确"));
        assertEquals("YSQ-2022-000123", page.selectFirst("#trackingNo").val());
        assertEquals("", page.selectFirst("#accessCode").val(), "the code typed is not echoed back");
        Response malformed = post("/follow", Map.of("trackingNo", "12345", "accessCode", "x"));
        assertEquals(400, malformed.statusCode());
        assertNull(FakeApi.RECEIVED.stream().filter(x -> x.target().contains("12345")).findFirst().orElse(null));
    }
}
