package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The follow page's sentences in Chinese: why a day of the clock counts or not, how the receipt day was found, what a
 * step of the history did. Said from the reason's code and parameters where the API gives them, else from the
 * clock's own fields (day type, counting, count), and, for a step, from the API's default text where web knows its
 * shape; a staff member's own words are shown as written.
 */
public final class ClockWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}（）·]+");

    static final Map<String, String> CHANNEL = Map.of("ONLINE", "网上提交", "LETTER", "信函", "IN_PERSON", "当面提交", "FAX", "传真");
    static final Map<String, String> ACTION = Map.of("clarify", "补正申请内容", "pay", "缴纳费用");

    private ClockWords() {
    }

    /** Why a day counts or not. */
    public static String day(ApiViews.ClockDay d, ApiViews.ClockExplanation clock) {
        String coded = dayCoded(d);
        if (coded != null) {
            return coded;
        }
        String counting = d.counting() == null ? "" : d.counting();
        String name = holidayName(d.reason());
        boolean working = "WORKING_DAY".equals(d.dayType()) || "MAKE_UP_WORKING_DAY".equals(d.dayType());
        return switch (counting) {
            case "BEFORE_RECEIPT" -> (d.date().equals(receivedDay(clock))
                    ? (working ? "在办公时间外收到" : "在" + nonWorking(d.dayType(), name) + "收到")
                    : nonWorking(d.dayType(), name)) + "，不计入";
            case "RECEIPT" -> !d.date().equals(clock.effectiveReceipt()) ? "补正后的申请视为当日收到，从次日起重新计算"
                    : restarted(clock) ? "原申请的起算日" : "起算日，从次日起计算";
            case "PAUSED" -> "暂停计算：等待申请人补正";
            case "SUPERSEDED" -> "要求补正前已计入，补正后重新计算";
            case "SKIPPED" -> nonWorking(d.dayType(), name) + "，不计入";
            case "COUNTED", "EXTENSION" -> {
                int n = d.count() == null ? 0 : d.count();
                String what = "COUNTED".equals(counting) ? "第 " + n + " 个工作日（共 " + clock.workingDays() + " 个）"
                        : "延长期第 " + (n - clock.workingDays()) + " 个工作日";
                if ("MAKE_UP_WORKING_DAY".equals(d.dayType())) {
                    what += "；调休上班日" + (name.contains("调休上班") ? "" : bracket(name)) + "，计入";
                }
                yield d.date().equals(clock.dueDate()) ? what + "；答复期限" : what;
            }
            default -> name;
        };
    }

    /** How the effective receipt day was found. */
    public static String receipt(ApiViews.ClockExplanation clock) {
        String coded = receiptCoded(clock.effectiveReceiptExplained());
        if (coded != null) {
            return coded;
        }
        LocalDate received = receivedDay(clock);
        if (clock.effectiveReceipt() == null || received == null) {
            return "";
        }
        if (received.equals(clock.effectiveReceipt())) {
            return "在工作日的办公时间内收到，当日为起算日";
        }
        ApiViews.ClockDay first = clock.days() == null ? null
                : clock.days().stream().filter(d -> received.equals(d.date())).findFirst().orElse(null);
        String type = first == null ? null : first.dayType();
        String when = "WEEKEND".equals(type) ? "在周末收到"
                : "HOLIDAY".equals(type) ? "在法定节假日" + bracket(holidayName(first.reason())) + "收到" : "在办公时间外收到";
        return when + "，顺延至下一个工作日（" + clock.effectiveReceipt().format(DAY) + "）为起算日";
    }

    private static final Pattern RECEIVED_BY = Pattern.compile("received by (\\w+)");
    private static final Pattern ASSIGNED = Pattern.compile("assigned to [^:]+(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern NEW_COUNT = Pattern.compile("a new count starts: due (\\d{4}-\\d{2}-\\d{2})(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern EXTENDED = Pattern.compile(
            "extended by (\\d+) working days \\(due (\\S+) → (\\S+)\\), approved by [^:]+(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern FEE = Pattern.compile("fee of ([\\d.]+) to pay by (\\d{4}-\\d{2}-\\d{2})(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern ANSWERED = Pattern.compile("answered: (.*)", Pattern.DOTALL);
    private static final Pattern CLOSED = Pattern.compile("closed: the (fee|clarification) (?:was not paid|did not come) in time(?:: (.*))?",
            Pattern.DOTALL);
    private static final Pattern CALENDAR = Pattern.compile("the calendar of (\\d{4}) changed: .*", Pattern.DOTALL);

    /** What a step of the history says, after its name. */
    public static String step(ApiViews.Step s) {
        String coded = stepCoded(s.code(), s.params() == null ? Map.of() : s.params());
        if (coded != null) {
            return coded;
        }
        String reason = s.reason();
        if (reason == null || reason.isBlank()) {
            return "";
        }
        Matcher m;
        if ((m = RECEIVED_BY.matcher(reason)).matches()) {
            return CHANNEL.getOrDefault(m.group(1), "其他方式");
        }
        if ((m = ASSIGNED.matcher(reason)).matches()) {
            return and("已确定承办人", m.group(1));
        }
        if ((m = NEW_COUNT.matcher(reason)).matches()) {
            return and("重新计算期限，答复期限为" + date(m.group(1)), m.group(2));
        }
        if ((m = EXTENDED.matcher(reason)).matches()) {
            return and("延长 " + m.group(1) + " 个工作日，答复期限由" + date(m.group(2)) + "改为" + date(m.group(3)), m.group(4));
        }
        if ((m = FEE.matcher(reason)).matches()) {
            return and("需缴纳费用 " + m.group(1) + " 元，请在" + date(m.group(2)) + "前缴纳", m.group(3));
        }
        if ((m = ANSWERED.matcher(reason)).matches()) {
            return m.group(1);
        }
        if ((m = CLOSED.matcher(reason)).matches()) {
            return and("fee".equals(m.group(1)) ? "逾期未缴纳费用" : "逾期未补正", m.group(2));
        }
        if ((m = CALENDAR.matcher(reason)).matches()) {
            return m.group(1) + "年工作日历调整，期限已重新计算";
        }
        return reason;
    }

    /** What the applicant is asked to do ("clarify": 补正申请内容). */
    public static String action(String code) {
        return code == null ? "" : ACTION.getOrDefault(code, "按通知办理");
    }

    /** A day's reason from its code (inquiry-service's ClockDay.code); null for a code web does not know. */
    private static String dayCoded(ApiViews.ClockDay d) {
        if (d.code() == null) {
            return null;
        }
        Map<String, Object> p = d.params() == null ? Map.of() : d.params();
        String said = switch (d.code()) {
            case "received-before-hours", "received-after-hours", "received-on-weekend", "received-on-holiday", "weekend", "holiday" ->
                    circumstance(d.code(), p) + "，不计入";
            case "effective-receipt" -> "起算日，从次日起计算";
            case "effective-receipt-original" -> "原申请的起算日";
            case "clarified-receipt" -> "补正后的申请视为当日收到，从次日起重新计算";
            case "paused" -> "暂停计算：等待申请人补正";
            case "superseded" -> "要求补正前已计入，补正后重新计算";
            case "working-day" -> "第 " + text(p.get("n")) + " 个工作日（共 " + text(p.get("of")) + " 个）";
            case "extension-day" -> "延长期第 " + text(p.get("n")) + " 个工作日（共 " + text(p.get("of")) + " 个）";
            default -> null;
        };
        if (said != null && Boolean.TRUE.equals(p.get("makeUp"))) {
            said += "；调休上班日" + bracket(text(p.get("holiday"))) + "，计入";
        }
        if (said != null && Boolean.TRUE.equals(p.get("due"))) {
            said += "；答复期限";
        }
        return said;
    }

    /** When or on what day something was received, or why a day is not counted. */
    private static String circumstance(String code, Map<String, Object> p) {
        return switch (code) {
            case "received-before-hours" -> "在上班时间" + bracket(text(p.get("opens"))) + "前收到";
            case "received-after-hours" -> "在下班时间" + bracket(text(p.get("closes"))) + "后收到";
            case "received-on-weekend" -> "在周末收到";
            case "received-on-holiday" -> "在法定节假日" + bracket(text(p.get("holiday"))) + "收到";
            case "weekend" -> "周末";
            case "holiday" -> "法定节假日" + bracket(text(p.get("holiday")));
            default -> "在非工作时间收到";
        };
    }

    private static String receiptCoded(ApiViews.CodedText why) {
        if (why == null || why.code() == null) {
            return null;
        }
        Map<String, Object> p = why.params() == null ? Map.of() : why.params();
        String hours = p.get("opens") == null ? "" : "（" + p.get("opens") + "–" + text(p.get("closes")) + "）";
        return switch (why.code()) {
            case "on-working-day" -> "在工作日的办公时间" + hours + "内收到，当日为起算日";
            case "on-make-up-day" -> "在调休上班日" + bracket(text(p.get("holiday"))) + "的办公时间" + hours + "内收到，当日为起算日";
            case "next-working-day" -> circumstance(text(p.get("circumstance")), p) + "，顺延至下一个工作日（" + date(text(p.get("effectiveReceipt")))
                    + "）为起算日";
            default -> null;
        };
    }

    /** A history line from its code (inquiry-service's Step.code); null for a code web does not know. */
    private static String stepCoded(String code, Map<String, Object> p) {
        if (code == null) {
            return null;
        }
        String note = p.get("note") == null ? null : p.get("note").toString();
        return switch (code) {
            case "received-by" -> CHANNEL.getOrDefault(text(p.get("channel")), "其他方式");
            case "assigned-to" -> and("已确定承办人", note);
            case "new-count" -> and("重新计算期限，答复期限为" + date(text(p.get("dueDate"))), note);
            case "extended" -> and("延长 " + text(p.get("workingDays")) + " 个工作日，答复期限由" + date(text(p.get("before"))) + "改为"
                    + date(text(p.get("after"))), note);
            case "fee-notice" -> and("需缴纳费用 " + text(p.get("amount")) + " 元，请在" + date(text(p.get("deadline"))) + "前缴纳", note);
            case "answered" -> Labels.outcome(text(p.get("outcome")), null);
            case "closed-no-fee" -> and("逾期未缴纳费用", note);
            case "closed-no-clarification" -> and("逾期未补正", note);
            case "calendar-changed" -> text(p.get("year")) + "年工作日历调整，期限已重新计算";
            case "note" -> note == null ? "" : note;
            default -> null;
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static LocalDate receivedDay(ApiViews.ClockExplanation clock) {
        return clock.receivedAt() == null ? null : clock.receivedAt().atZoneSameInstant(ColumnPages.ZONE).toLocalDate();
    }

    private static boolean restarted(ApiViews.ClockExplanation clock) {
        List<ApiViews.ClockDay> days = clock.days() == null ? List.of() : clock.days();
        return days.stream().anyMatch(d -> "SUPERSEDED".equals(d.counting()) || "PAUSED".equals(d.counting()));
    }

    private static String nonWorking(String dayType, String name) {
        return "HOLIDAY".equals(dayType) ? "法定节假日" + bracket(name) : "WEEKEND".equals(dayType) ? "周末" : "非工作时间";
    }

    /** The holiday's name in the API's default text (国庆节), the one part of it already in Chinese. */
    static String holidayName(String reason) {
        if (reason == null) {
            return "";
        }
        Matcher m = HAN.matcher(reason);
        return m.find() ? m.group() : "";
    }

    private static String bracket(String name) {
        return name == null || name.isEmpty() ? "" : "（" + name + "）";
    }

    private static String and(String said, String staffWords) {
        return staffWords == null || staffWords.isBlank() ? said : said + "：" + staffWords.strip();
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(DAY);
        } catch (RuntimeException notADate) {
            return iso;
        }
    }
}
