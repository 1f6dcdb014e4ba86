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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** The reasons' codes inquiry-service gives (beside its default text), with their parameters in braces. */
    static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("RECEIVED_IN_HOURS", "在工作日的办公时间内收到，当日为起算日"),
            Map.entry("RECEIVED_OUT_OF_HOURS", "在办公时间外收到，顺延至下一个工作日（{date}）为起算日"),
            Map.entry("RECEIVED_ON_WEEKEND", "在周末收到，顺延至下一个工作日（{date}）为起算日"),
            Map.entry("RECEIVED_ON_HOLIDAY", "在法定节假日{holiday}收到，顺延至下一个工作日（{date}）为起算日"),
            Map.entry("BEFORE_RECEIPT", "起算日之前，不计入"),
            Map.entry("EFFECTIVE_RECEIPT", "起算日，从次日起计算"),
            Map.entry("ORIGINAL_RECEIPT", "原申请的起算日"),
            Map.entry("CLARIFIED_RECEIPT", "补正后的申请视为当日收到，从次日起重新计算"),
            Map.entry("PAUSED_CLARIFICATION", "暂停计算：等待申请人补正"),
            Map.entry("PAUSED_CONSULTATION", "暂停计算：征求第三方意见"),
            Map.entry("SUPERSEDED", "要求补正前已计入，补正后重新计算"),
            Map.entry("WEEKEND", "周末，不计入"),
            Map.entry("HOLIDAY", "法定节假日{holiday}，不计入"),
            Map.entry("WORKING_DAY", "第 {count} 个工作日（共 {of} 个）"),
            Map.entry("EXTENSION_DAY", "延长期第 {count} 个工作日"));

    static final Map<String, String> CHANNEL = Map.of("ONLINE", "网上提交", "LETTER", "信函", "IN_PERSON", "当面提交", "FAX", "传真");
    static final Map<String, String> ACTION = Map.of("clarify", "补正申请内容", "pay", "缴纳费用");

    private ClockWords() {
    }

    /** Why a day counts or not. */
    public static String day(ApiViews.ClockDay d, ApiViews.ClockExplanation clock) {
        String coded = coded(d.code(), d.params());
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
        String coded = coded(clock.effectiveReceiptCode(), clock.effectiveReceiptParams());
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
        String coded = coded(s.code(), s.params());
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

    private static String coded(String code, Map<String, Object> params) {
        String template = code == null ? null : CODES.get(code);
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params == null ? null : params.get(m.group(1));
            String text = value == null ? "" : value.toString();
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                text = date(text);
            } else if ("holiday".equals(m.group(1))) {
                text = bracket(text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
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
