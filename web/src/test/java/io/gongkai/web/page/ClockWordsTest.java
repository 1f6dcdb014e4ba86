package io.gongkai.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.web.api.ApiViews;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The follow page's sentences: from inquiry-service's codes, and the same from the clock's fields when there is no code. */
class ClockWordsTest {

    private static final LocalDate DUE = LocalDate.parse("2022-10-26");

    private static ApiViews.ClockExplanation clock(List<ApiViews.ClockDay> days, ApiViews.CodedText receipt) {
        return new ApiViews.ClockExplanation(OffsetDateTime.parse("2022-09-30T18:30:00+08:00"), LocalDate.parse("2022-10-08"), "English",
                receipt, LocalDate.parse("2022-10-09"), 15, DUE, 15, DUE.plusDays(21), false, days);
    }

    private static ApiViews.ClockDay day(String date, String type, String counting, Integer n, String reason, String code,
                                         Map<String, Object> params) {
        return new ApiViews.ClockDay(LocalDate.parse(date), type, counting, n, reason, code, params);
    }

    @Test
    void eachDayCodeReadsInChineseAndAgreesWithTheFieldsAlone() {
        ApiViews.ClockExplanation c = clock(List.of(), null);
        String[][] cases = {
            {"2022-09-30", "WORKING_DAY", "BEFORE_RECEIPT", null, "received-after-hours", "在下班时间（17:00）后收到，不计入"},
            {"2022-10-01", "HOLIDAY", "BEFORE_RECEIPT", null, "holiday", "法定节假日（国庆节），不计入"},
            {"2022-10-08", "MAKE_UP_WORKING_DAY", "RECEIPT", null, "effective-receipt", "起算日，从次日起计算"},
            {"2022-10-15", "WEEKEND", "SKIPPED", null, "weekend", "周末，不计入"},
            {"2022-10-09", "MAKE_UP_WORKING_DAY", "COUNTED", "1", "working-day", "第 1 个工作日（共 15 个）；调休上班日（国庆节），计入"},
            {"2022-11-02", "WORKING_DAY", "EXTENSION", "20", "extension-day", "延长期第 5 个工作日（共 15 个）"},
        };
        for (String[] k : cases) {
            Integer n = k[3] == null ? null : Integer.valueOf(k[3]);
            Map<String, Object> params = switch (k[4]) {
                case "received-after-hours" -> Map.of("opens", "08:00", "closes", "17:00");
                case "holiday" -> Map.of("holiday", "国庆节");
                case "working-day" -> Map.of("n", 1, "of", 15, "makeUp", true, "holiday", "国庆节");
                case "extension-day" -> Map.of("n", 5, "of", 15);
                default -> Map.of();
            };
            assertEquals(k[5], ClockWords.day(day(k[0], k[1], k[2], n, "x", k[4], params), c), k[4]);
        }
        // without codes, from the fields and the holiday's name in the English text
        assertEquals("法定节假日（国庆节），不计入", ClockWords.day(day("2022-10-01", "HOLIDAY", "SKIPPED", null, "holiday 国庆节: skipped", null, null), c));
        assertEquals("第 1 个工作日（共 15 个）；调休上班日（国庆节调休），计入", ClockWords.day(day("2022-10-09", "MAKE_UP_WORKING_DAY", "COUNTED", 1,
                "working day 1 of 15 (make-up working day 国庆节调休, counted)", null, null), c));
        assertEquals("在办公时间外收到，不计入", ClockWords.day(day("2022-09-30", "WORKING_DAY", "BEFORE_RECEIPT", null, "received after", null, null), c));
        assertEquals("延长期第 5 个工作日", ClockWords.day(day("2022-11-02", "WORKING_DAY", "EXTENSION", 20, "x", null, null), c));
        // a code web does not know yet reads from the fields
        assertEquals("周末，不计入", ClockWords.day(day("2022-10-15", "WEEKEND", "SKIPPED", null, "x", "some-new-code", Map.of()), c));
    }

    @Test
    void theReceiptDayIsExplainedFromItsCodeOrFromTheDates() {
        ApiViews.CodedText after = new ApiViews.CodedText("next-working-day", Map.of("circumstance", "received-after-hours",
                "effectiveReceipt", "2022-10-08", "opens", "08:00", "closes", "17:00"), "English");
        assertEquals("在下班时间（17:00）后收到，顺延至下一个工作日（2022年10月8日）为起算日", ClockWords.receipt(clock(List.of(), after)));
        assertEquals("在办公时间外收到，顺延至下一个工作日（2022年10月8日）为起算日", ClockWords.receipt(clock(List.of(), null)));
        ApiViews.CodedText inHours = new ApiViews.CodedText("on-working-day", Map.of("opens", "08:00", "closes", "17:00"), "English");
        assertEquals("在工作日的办公时间（08:00–17:00）内收到，当日为起算日", ClockWords.receipt(clock(List.of(), inHours)));
    }

    @Test
    void historyLinesReadInChineseFromTheirCodeOrTheKnownEnglishText() {
        OffsetDateTime at = OffsetDateTime.parse("2022-10-10T09:00:00+08:00");
        assertEquals("网上提交", ClockWords.step(new ApiViews.Step(at, "receive", "APPLICANT", "received by ONLINE", "received-by",
                Map.of("channel", "ONLINE"))));
        assertEquals("信函", ClockWords.step(new ApiViews.Step(at, "receive", "HANDLER", "received by LETTER", null, null)));
        assertEquals("需缴纳费用 20.00 元，请在2022年10月20日前缴纳", ClockWords.step(new ApiViews.Step(at, "fee-notice", "HANDLER", "x",
                "fee-notice", Map.of("amount", "20.00", "deadline", "2022-10-20"))));
        assertEquals("需缴纳费用 20.00 元，请在2022年10月20日前缴纳", ClockWords.step(new ApiViews.Step(at, "fee-notice", "HANDLER",
                "fee of 20.00 to pay by 2022-10-20", null, null)));
        assertEquals("逾期未补正", ClockWords.step(new ApiViews.Step(at, "close", "SYSTEM", "closed: the clarification did not come in time",
                null, null)));
        assertEquals("2023年工作日历调整，期限已重新计算", ClockWords.step(new ApiViews.Step(at, "calendar", "ADMIN", "x", "calendar-changed",
                Map.of("year", 2023, "changes", "due 2023-01-02 → 2023-01-03"))));
        assertEquals("请补充年份", ClockWords.step(new ApiViews.Step(at, "ask-clarification", "HANDLER", "请补充年份", "note",
                Map.of("note", "请补充年份"))));
        assertEquals("补正申请内容", ClockWords.action("clarify"));
        assertEquals("逾期未补正，终止办理", Labels.step("ABANDON"));
        assertEquals("要求补正", Labels.step("ask-clarification"));
        assertEquals("终止办理", Labels.step("close"));
    }
}
