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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class PetitionAndCasePagesTest {

    private Staff handler;

    @BeforeEach
    void signIn() {
        handler = Staff.signedIn("handler1");
        FakeApi.RECEIVED.clear();
    }

    private static FakeApi.Received lastPost() {
        return FakeApi.RECEIVED.stream().filter(x -> x.method().equals("POST")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void thePetitionsListFiltersAndShowsUrgency() {
        Document page = handler.page("/petitions?status=RECEIVED&channel=PRESIDENT_MAILBOX&year=2022");
        assertEquals("/api/v1/petitions?status=RECEIVED&channel=PRESIDENT_MAILBOX&year=2022&limit=20", FakeApi.RECEIVED.get(0).target());
        assertEquals(List.of("XF-2022-000045"), page.select("table.petitions tbody a").eachText());
        assertNotNull(page.selectFirst("#f-channel option[value=PRESIDENT_MAILBOX][selected]"));
        Document all = handler.page("/petitions");
        assertEquals("overdue", all.select("table.petitions tbody tr").get(1).className());
        assertEquals(400, handler.get("/petitions?status=LOST").statusCode());
        assertEquals(400, handler.get("/petitions?channel=%27%3B--").statusCode());
    }

    @Test
    void thePetitionPageShowsTheLetterAndItsStepsForAHandler() {
        Document page = handler.page("/petitions/XF-2022-000045");
        assertEquals("办理中", page.selectFirst("dd.status").text());
        assertEquals("校长信箱", page.selectFirst("dd.channel").text());
        assertEquals("后勤服务", page.selectFirst("dd.category").text());
        assertEquals("建议延长晚餐供应时间。", page.selectFirst(".content").text());
        assertEquals("刘八", page.selectFirst(".contact .name").text());
        assertEquals(List.of("step-assign", "step-reply"), page.select("form.step").eachAttr("id"));
        assertEquals(List.of("后勤管理处", "教务处"), page.select("datalist#units option").eachAttr("value"));
        assertEquals(2, page.select("ol.history li").size());
    }

    @Test
    void anAuditorSeesThePetitionContactMaskedAndNoStep() {
        Document page = Staff.signedIn("auditor1").page("/petitions/XF-2022-000045");
        assertEquals("刘*", page.selectFirst(".contact .name").text());
        assertNotNull(page.selectFirst(".masked-note"));
        assertTrue(page.select("main form").isEmpty());
        assertFalse(page.text().contains("13911111111"));
    }

    @Test
    void petitionStepsGoToTheApiAndRefusalsComeBackBesideTheirForm() {
        Response assigned = handler.post("/petitions/XF-2022-000045/steps/assign", Map.of("unit", "后勤管理处", "reason", "转后勤"));
        assertEquals(303, assigned.statusCode());
        assertEquals("/console/petitions/XF-2022-000045?done=assign#history", assigned.header("Location"));
        assertEquals("{\"unit\":\"后勤管理处\",\"reason\":\"转后勤\"}", lastPost().body());
        Response empty = handler.post("/petitions/XF-2022-000045/steps/reply", Map.of("text", " "));
        assertEquals(400, empty.statusCode());
        Document page = Jsoup.parse(empty.asString());
        assertEquals("不能为空", page.selectFirst("#e-reply-text").text());
        Response early = handler.post("/petitions/XF-2022-000045/steps/close", Map.of("satisfaction", "SATISFIED", "reason", "电话回访"));
        assertEquals(409, early.statusCode());
        assertTrue(Jsoup.parse(early.asString()).text().contains("当前状态下不能办结"));
        assertEquals(404, handler.post("/petitions/XF-2022-000045/steps/delete", Map.of()).statusCode());
        assertEquals(404, handler.get("/petitions/XF-1").statusCode());
    }

    @Test
    void theCasesListRecordsANewCaseAndKeepsABadOneAsTyped() {
        Document page = handler.page("/cases?kind=REVIEW&status=OPEN");
        assertEquals("/api/v1/cases?kind=REVIEW&status=OPEN&limit=20", FakeApi.RECEIVED.get(0).target());
        assertEquals(List.of("2022年5月10日 行政复议 对不予公开答复申请复议 YSQ-2022-000126 尚未审结"), page.select("table.cases tbody tr").eachText());
        assertNotNull(page.getElementById("step-record"));
        Response missing = handler.post("/cases", Map.of("kind", "COMPLAINT", "receivedOn", "2022-05-10", "relatedRequest", "ysq-2022-000126"));
        assertEquals(400, missing.statusCode());
        Document refused = Jsoup.parse(missing.asString());
        assertEquals("不能为空", refused.selectFirst("#e-record-subject").text());
        assertNotNull(refused.selectFirst("#record-kind option[value=COMPLAINT][selected]"));
        assertEquals("YSQ-2022-000126", refused.selectFirst("#record-relatedRequest").val());
        Response badDate = handler.post("/cases", Map.of("kind", "COMPLAINT", "receivedOn", "5月10日", "subject", "x"));
        assertEquals(400, badDate.statusCode());
        assertTrue(Jsoup.parse(badDate.asString()).selectFirst("#e-record-receivedOn").text().startsWith("请按"));
        Response recorded = handler.post("/cases", Map.of("kind", "REVIEW", "receivedOn", "2022-05-10", "subject", "对不予公开答复申请复议"));
        assertEquals(303, recorded.statusCode());
        assertEquals("/console/cases/" + FakeApi.CASE_ID + "?done=record", recorded.header("Location"));
        assertEquals(400, handler.get("/cases?kind=THEFT").statusCode());
    }

    @Test
    void aCaseIsClosedWithItsResult() {
        Document page = handler.page("/cases/" + FakeApi.CASE_ID);
        assertEquals("尚未审结", page.selectFirst("dd.status").text());
        assertNotNull(page.getElementById("step-close"));
        Response missing = handler.post("/cases/" + FakeApi.CASE_ID + "/close", Map.of("closedOn", "2022-06-01", "note", "复议维持"));
        assertEquals(400, missing.statusCode());
        Document refused = Jsoup.parse(missing.asString());
        assertEquals("不能为空", refused.selectFirst("#e-close-result").text());
        assertEquals("2022-06-01", refused.selectFirst("#close-closedOn").val());
        assertEquals("复议维持", refused.selectFirst("#close-note").text());
        Response closed = handler.post("/cases/" + FakeApi.CASE_ID + "/close", Map.of("result", "UPHELD", "closedOn", "2022-06-01"));
        assertEquals(303, closed.statusCode());
        assertEquals("{\"result\":\"UPHELD\",\"closedOn\":\"2022-06-01\"}", lastPost().body());
        assertEquals(404, handler.get("/cases/not-an-id").statusCode());
    }

    @Test
    void anAuditorReadsCasesButRecordsNone() {
        Staff auditor = Staff.signedIn("auditor1");
        assertNull(auditor.page("/cases").getElementById("step-record"));
        assertNull(auditor.page("/cases/" + FakeApi.CASE_ID).getElementById("step-close"));
    }
}
