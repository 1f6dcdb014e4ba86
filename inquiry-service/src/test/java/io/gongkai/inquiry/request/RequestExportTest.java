package io.gongkai.inquiry.request;

import static io.gongkai.inquiry.request.Requests.step;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The staff list's CSV export: safe to open in a spreadsheet, and an Excel form for people. */
@QuarkusTest
class RequestExportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点我\")";

    private static String handlerName() {
        return "exp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A letter from an applicant whose name is a formula, assigned to a handler of its own. */
    private static String formulaRequest(String handler, String receivedAt) {
        Map<String, Object> applicant = Requests.applicant();
        applicant.put("name", FORMULA);
        Requests.Submitted s = Requests.letter(Requests.with(Requests.body(), "applicant", applicant, "channel", "LETTER",
                "receivedAt", receivedAt));
        step(s.trackingNo(), "assign", Map.of("handler", handler)).statusCode(200);
        return s.trackingNo();
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void aFormulaInANameIsWrittenAsText() throws IOException {
        String handler = handlerName();
        String trackingNo = formulaRequest(handler, "2022-10-10T10:00:00+08:00");
        String csv = given().auth().oauth2(Tokens.handler()).accept("text/csv").queryParam("handler", handler)
                .when().get("/api/v1/requests").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        List<CSVRecord> rows = records(csv);
        assertEquals("trackingNo", rows.get(0).get(0));
        assertEquals(trackingNo, rows.get(1).get(0));
        assertEquals("'" + FORMULA, rows.get(1).get(8));
        // times and codes stay as the machine-readable form has them
        assertEquals("2022-10-10T02:00Z", rows.get(1).get(3));
        assertEquals("LETTER", rows.get(1).get(2));
    }

    @Test
    void theExcelFormHasABomChineseHeadersNamesBesideCodesAndLocalTimes() throws IOException {
        String handler = handlerName();
        String trackingNo = formulaRequest(handler, "2022-10-10T02:30:00Z");
        byte[] body = given().auth().oauth2(Tokens.handler()).queryParam("handler", handler).queryParam("for", "excel")
                .when().get("/api/v1/requests").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        List<CSVRecord> rows = records(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        CSVRecord header = rows.get(0);
        assertEquals("申请编号", header.get(0));
        assertEquals(List.of("状态代码", "状态"), List.of(header.get(1), header.get(2)));
        CSVRecord row = rows.get(1);
        assertEquals(trackingNo, row.get(0));
        assertEquals(List.of("RECEIVED", "已收到", "LETTER", "信函申请"), List.of(row.get(1), row.get(2), row.get(3), row.get(4)));
        assertEquals("2022-10-10 10:30:00", row.get(5));
        assertEquals("NATURAL_PERSON", row.get(8));
        assertEquals("自然人", row.get(9));
        assertEquals("'" + FORMULA, row.get(12));
        assertEquals(handler, row.get(13));
    }

    @Test
    void auditorsGetTheExcelFormMasked() {
        String handler = handlerName();
        Requests.Submitted s = Requests.online();
        step(s.trackingNo(), "assign", Map.of("handler", handler)).statusCode(200);
        String csv = given().auth().oauth2(Tokens.auditor()).queryParam("handler", handler).queryParam("for", "excel")
                .when().get("/api/v1/requests").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("王**") && !csv.contains("王小明"), csv);
    }

    @Test
    void theExportIsForStaffAndForIsAClosedSet() {
        given().queryParam("for", "excel").when().get("/api/v1/requests").then().statusCode(401);
        given().auth().oauth2(Tokens.editor("教务处")).queryParam("for", "excel").when().get("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(Tokens.handler()).queryParam("for", "word").when().get("/api/v1/requests").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void auditorsSeeNoFreeTextOfARequest() {
        String marker = "内部说明" + UUID.randomUUID();
        Requests.Submitted s = Requests.online(Requests.with(Requests.body(), "description", "申请 " + marker, "purpose", "用途 " + marker));
        step(s.trackingNo(), "accept", null).statusCode(200);
        step(Tokens.admin(), s.trackingNo(), "extend", Map.of("workingDays", 5, "reason", "延期 " + marker, "approver", "办公室主任"))
                .statusCode(200);
        Map<String, Object> reply = Requests.reply("DISCLOSED");
        reply.put("text", "答复 " + marker);
        step(s.trackingNo(), "reply", reply).statusCode(200);
        Requests.staffView(Tokens.handler(), s.trackingNo()).statusCode(200)
                .body("description", org.hamcrest.Matchers.containsString(marker));
        String auditor = Requests.staffView(Tokens.auditor(), s.trackingNo()).statusCode(200)
                .body("outcome", org.hamcrest.Matchers.is("DISCLOSED"))
                .body("extension.workingDays", org.hamcrest.Matchers.is(5))
                .body("history.step", org.hamcrest.Matchers.hasItem("reply"))
                .extract().asString();
        assertFalse(auditor.contains(marker), auditor);
    }
}
