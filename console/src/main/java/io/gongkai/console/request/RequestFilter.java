package io.gongkai.console.request;

import io.gongkai.console.page.Labels;
import io.gongkai.console.page.PageProblem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The list's filters as the page's query (every filter the list API has today: status, overdue, due within, outcome,
 * handler, academic year, received from/to), checked before the API is asked, and written back into links (the next
 * page, the CSV export) so that a filtered list can be bookmarked and shared.
 */
public class RequestFilter {

    @RestQuery public String status;
    @RestQuery public String overdue;
    @RestQuery public String dueWithin;
    @RestQuery public String outcome;
    @RestQuery public String handler;
    @RestQuery public String year;
    @RestQuery public String from;
    @RestQuery public String to;
    @RestQuery public String cursor;

    /** @throws PageProblem 400 for a value the list cannot take */
    public RequestFilter checked() {
        status = blankToNull(status);
        outcome = blankToNull(outcome);
        handler = blankToNull(handler);
        overdue = blankToNull(overdue);
        if (status != null && !Labels.STATUS.containsKey(status)) {
            throw PageProblem.badFilter("没有这种状态");
        }
        if (outcome != null && !Labels.OUTCOME.containsKey(outcome)) {
            throw PageProblem.badFilter("没有这种答复结果");
        }
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw PageProblem.badFilter("是否逾期只能选“是”或“否”");
        }
        if (handler != null && handler.length() > 100) {
            throw PageProblem.badFilter("承办人不超过100个字符");
        }
        dueWithinDays();
        yearNumber();
        day(from);
        day(to);
        if (cursor != null && (cursor.length() > 500 || !cursor.matches("[A-Za-z0-9_=-]*"))) {
            throw PageProblem.badFilter("翻页链接已失效");
        }
        return this;
    }

    public Boolean overdueFlag() {
        return overdue == null ? null : Boolean.valueOf(overdue);
    }

    public Integer dueWithinDays() {
        dueWithin = blankToNull(dueWithin);
        if (dueWithin == null) {
            return null;
        }
        if (!dueWithin.matches("\\d{1,2}") || Integer.parseInt(dueWithin) > 60) {
            throw PageProblem.badFilter("“几个工作日内到期”须是 0 到 60 的整数");
        }
        return Integer.parseInt(dueWithin);
    }

    public Integer yearNumber() {
        year = blankToNull(year);
        if (year == null) {
            return null;
        }
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
            throw PageProblem.badFilter("年度须是 2000 到 2100 之间的四位年份");
        }
        return Integer.parseInt(year);
    }

    public String fromDay() {
        return day(from = blankToNull(from));
    }

    public String toDay() {
        return day(to = blankToNull(to));
    }

    private static String day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw PageProblem.badFilter("日期须按“年-月-日”填写，如 2022-09-01");
        }
    }

    /** The filters as a query string (without the cursor), for the next page and the export. */
    public String query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("status", status);
        q.put("overdue", overdue);
        q.put("dueWithin", dueWithin);
        q.put("outcome", outcome);
        q.put("handler", handler);
        q.put("year", year);
        q.put("from", from);
        q.put("to", to);
        StringJoiner joined = new StringJoiner("&");
        q.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                joined.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
