package io.gongkai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
class PetitionPagesTest {

    @BeforeEach
    void reset() {
        KeptAnswers.forget();
        FakeApi.RECEIVED.clear();
        FakeApi.LAST_BODY = null;
    }

    @Test
    void theMailboxFormOffersTheMailboxesAndTheCategoriesEachFieldLabelled() {
        Forms form = Forms.open("/petition");
        assertEquals(List.of("校长信箱", "党委书记信箱"), form.page.select("#channel option").eachText(), "the telephone is not a mailbox");
        assertEquals(List.of("请选择", "教学", "校园服务"), form.page.select("#category option").eachText());
        for (Element field : form.page.select("form.request input:not([type=hidden]), form.request select, form.request textarea")) {
            assertNotNull(form.page.selectFirst("label[for=" + field.id() + "]"), "no label for " + field.attr("name"));
        }
    }

    @Test
    void anAnonymousLetterGetsItsNumberAndCodeAndCanBeFollowed() {
        Forms form = Forms.open("/petition");
        Response r = form.post("/petition", Map.of("channel", "PRESIDENT_MAILBOX", "category", "CAMPUS_SERVICES",
                "subject", "食堂就餐时间", "content", "建议延长晚餐供应时间。", "idempotencyKey", form.page.selectFirst("input[name=idempotencyKey]").val()));
        assertEquals(200, r.statusCode());
        assertEquals("no-store", r.header("Cache-Control"));
        Document done = Jsoup.parse(r.asString());
        assertEquals("XF-2022-000045", done.selectFirst(".tracking").text());
        assertEquals("Pt5-Qw8-Lm3", done.selectFirst(".code").text());
        assertFalse(FakeApi.LAST_BODY.contains("contact"), "no contact given, none sent: " + FakeApi.LAST_BODY);

        Forms follow = Forms.open("/petition/follow");
        Document followed = Jsoup.parse(follow.post("/petition/follow", Map.of("trackingNo", "XF-2022-000045", "accessCode", "Pt5-Qw8-Lm3"))
                .then().statusCode(200).extract().asString());
        assertEquals("已答复", followed.selectFirst("dd.status").text());
        assertEquals("已延长晚餐供应时间至19:30。", followed.selectFirst(".reply-text").text());
        Response wrong = follow.post("/petition/follow", Map.of("trackingNo", "XF-2022-000045", "accessCode", "nope"));
        assertEquals(404, wrong.statusCode());
        assertTrue(Jsoup.parse(wrong.asString()).selectFirst(".form-problem").text().contains("信件编号或查询码不正确"));
    }

    @Test
    void aLetterWithoutASubjectShowsTheErrorsBesideTheFields() {
        Forms form = Forms.open("/petition");
        Response r = form.post("/petition", Map.of("channel", "PRESIDENT_MAILBOX", "content", "内容", "email", "not-an-address"));
        assertEquals(400, r.statusCode());
        Document page = Jsoup.parse(r.asString());
        assertEquals("不能为空", page.selectFirst("#e-subject").text());
        assertEquals("必须是格式正确的电子邮件地址", page.selectFirst("#e-email").text());
        assertEquals("内容", page.selectFirst("#content").text());
        assertEquals("not-an-address", page.selectFirst("#email").val());
    }

    @Test
    void anEvaluationIsARatingWithAnOptionalComment() {
        Forms form = Forms.open("/evaluate");
        assertEquals(5, form.page.select("input[name=rating]").size());
        Response missing = form.post("/evaluate", Map.of("comment", "很好"));
        assertEquals(400, missing.statusCode());
        Document again = Jsoup.parse(missing.asString());
        assertEquals("请选择 1 至 5 分", again.selectFirst("#e-rating").text());
        assertEquals("很好", again.selectFirst("#comment").text());
        Response done = form.post("/evaluate", Map.of("rating", "4", "comment", "很好"));
        assertEquals(200, done.statusCode());
        assertTrue(Jsoup.parse(done.asString()).text().contains("您的评分（4 分）已收到"));
        assertEquals("{\"rating\":4,\"comment\":\"很好\"}", FakeApi.LAST_BODY);
    }
}
