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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeApi.class)
class WorkbenchTest {

    @BeforeEach
    void clear() {
        FakeApi.RECEIVED.clear();
    }

    private static List<String> requestCalls() {
        return FakeApi.RECEIVED.stream().filter(x -> x.target().startsWith("/api/v1/requests?")).map(FakeApi.Received::target).toList();
    }

    private static Element section(Document page, String heading) {
        return page.getElementById(heading).parent();
    }

    @Test
    void aHandlerSeesTheirRequestsByUrgencyWithDueDateAndWorkingDaysLeft() {
        Document page = Staff.signedIn("handler1").page("/");
        assertTrue(page.selectFirst(".scope").text().contains("分派给我（handler1）"));
        Element overdue = section(page, "q-overdue");
        assertEquals("1", overdue.selectFirst(".count").text());
        Element late = overdue.selectFirst("tbody tr");
        assertEquals("overdue", late.className());
        assertEquals("YSQ-2022-000127", late.selectFirst("a").text());
        assertTrue(late.select("td").get(5).text().matches("已逾期 \\d 个工作日"), late.text());
        Element soon = section(page, "q-soon").selectFirst("tbody tr");
        assertEquals("YSQ-2022-000124", soon.selectFirst("a").text());
        assertTrue(soon.select("td").get(5).text().matches("剩 [0-3] 个工作日|今天到期"), soon.text());
        assertTrue(section(page, "q-soon").selectFirst("h2").text().startsWith("5 个工作日内到期"));
        assertEquals("YSQ-2022-000125", section(page, "q-waiting").selectFirst("tbody a").text());
        assertEquals("YSQ-2022-000123", section(page, "q-unassigned").selectFirst("tbody a").text());
        assertTrue(section(page, "q-petitions").text().contains("实验室开放时间"));
        assertTrue(section(page, "q-petitions").text().contains("食堂就餐时间"));
        // the handler's own queues use the list API's filters with their user name
        List<String> calls = requestCalls();
        assertTrue(calls.contains("/api/v1/requests?overdue=true&handler=handler1&limit=50"), calls.toString());
        assertTrue(calls.contains("/api/v1/requests?overdue=false&dueWithin=5&handler=handler1&limit=50"), calls.toString());
        assertTrue(calls.contains("/api/v1/requests?status=AWAITING_CLARIFICATION&handler=handler1&limit=50"), calls.toString());
    }

    @Test
    void theOfficeHeadSeesEveryonesAndCanNarrowToTheirOwn() {
        Staff head = Staff.signedIn("head");
        Document page = head.page("/");
        assertTrue(page.selectFirst(".scope").text().startsWith("显示：全部申请"));
        assertTrue(requestCalls().stream().noneMatch(c -> c.contains("handler=")), requestCalls().toString());
        FakeApi.RECEIVED.clear();
        head.page("/?scope=mine");
        assertTrue(requestCalls().contains("/api/v1/requests?overdue=true&handler=head&limit=50"), requestCalls().toString());
    }

    @Test
    void aHandlerTakesAnUnassignedRequestFromTheQueue() {
        Staff staff = Staff.signedIn("handler1");
        Element take = staff.page("/").selectFirst("#q-unassigned + table form.take");
        assertEquals("/console/requests/YSQ-2022-000123/steps/assign", take.attr("action"));
        assertEquals("handler1", take.selectFirst("input[name=handler]").val());
        Response r = staff.post("/requests/YSQ-2022-000123/steps/assign", Map.of("handler", "handler1"));
        assertEquals(303, r.statusCode());
        assertEquals("/console/requests/YSQ-2022-000123?done=assign#history", r.header("Location"));
        FakeApi.Received sent = FakeApi.RECEIVED.stream().filter(x -> x.target().startsWith("/api/v1/requests/")).findFirst().orElseThrow();
        assertEquals("/api/v1/requests/YSQ-2022-000123/assign", sent.target());
        assertEquals("{\"handler\":\"handler1\"}", sent.body());
    }

    @Test
    void anAuditorSeesTheQueuesMaskedWithoutAnyForm() {
        Document page = Staff.signedIn("auditor1").page("/");
        assertEquals("李*", section(page, "q-overdue").select("tbody td").get(2).text());
        assertTrue(page.select("main form").isEmpty(), "no step for an auditor");
        assertFalse(page.text().contains("李四"));
    }

    @Test
    void anEditorIsToldTheConsoleIsNotTheirs() {
        Document page = Staff.signedIn("editor1").page("/");
        assertTrue(page.selectFirst(".notice").text().contains("不办理依申请公开和信访事项"));
        assertNull(page.getElementById("q-overdue"));
        assertNotNull(page.selectFirst(".who .role"));
    }
}
