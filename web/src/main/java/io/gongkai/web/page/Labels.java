package io.gongkai.web.page;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/** The Chinese names of the API's codes (status, applicant type, delivery, clock days), for the pages. */
@TemplateExtension(namespace = "label")
public final class Labels {

    static final Map<String, String> STATUS = Map.of("RECEIVED", "已收到", "ACCEPTED", "已受理", "AWAITING_CLARIFICATION", "待补正",
            "EXTENDED", "已延期", "AWAITING_FEE", "待缴费", "ANSWERED", "已答复", "WITHDRAWN", "已撤回", "CLOSED", "已办结");
    static final Map<String, String> APPLICANT_TYPE = Map.of("NATURAL_PERSON", "自然人", "ORGANISATION", "法人或其他组织");
    static final Map<String, String> SUB_TYPE = Map.of("COMMERCIAL", "商业企业", "RESEARCH", "科研机构", "NONPROFIT", "社会公益组织",
            "LEGAL_SERVICE", "法律服务机构", "OTHER", "其他");
    static final Map<String, String> DELIVERY_FORM = Map.of("PAPER", "纸质", "ELECTRONIC", "电子");
    static final Map<String, String> DELIVERY_METHOD = Map.of("COLLECT", "自行领取", "POST", "邮寄", "EMAIL", "电子邮件");
    static final Map<String, String> COUNTING = Map.of("BEFORE_RECEIPT", "收到，不计入", "RECEIPT", "起算日，不计入",
            "COUNTED", "计入", "EXTENSION", "延期计入", "SKIPPED", "不计入", "PAUSED", "暂停（等待补正）", "SUPERSEDED", "补正前的计数，不再有效");
    static final Map<String, String> DAY_TYPE = Map.of("WORKING_DAY", "工作日", "WEEKEND", "周末", "HOLIDAY", "法定节假日",
            "MAKE_UP_WORKING_DAY", "调休上班日");
    static final Map<String, String> STEP = Map.ofEntries(Map.entry("RECEIVE", "提交申请"), Map.entry("ACCEPT", "受理"),
            Map.entry("ASSIGN", "分派承办人"), Map.entry("VERIFY_IDENTITY", "核实身份"), Map.entry("ASK_CLARIFICATION", "要求补正"),
            Map.entry("CLARIFIED", "已补正"), Map.entry("EXTEND", "延期答复"), Map.entry("FEE_NOTICE", "收费通知"),
            Map.entry("FEE_PAID", "已缴费"), Map.entry("REPLY", "答复"), Map.entry("WITHDRAW", "撤回申请"),
            Map.entry("ABANDON", "逾期未补正，终止办理"), Map.entry("CLOSE_UNPAID", "逾期未缴费，终止办理"),
            Map.entry("CALENDAR_CHANGED", "工作日历调整，重新计算期限"));

    private Labels() {
    }

    static String status(String code) {
        return code == null ? "" : STATUS.getOrDefault(code, code);
    }

    static final Map<String, String> OUTCOME = Map.ofEntries(Map.entry("DISCLOSED", "予以公开"),
            Map.entry("PARTIALLY_DISCLOSED", "部分公开"), Map.entry("NOT_DISCLOSED", "不予公开"),
            Map.entry("NOT_HELD", "无法提供：本校不掌握相关信息"), Map.entry("NEEDS_CREATION", "无法提供：需要另行制作"),
            Map.entry("UNCLEAR_AFTER_CLARIFICATION", "无法提供：补正后申请内容仍不明确"),
            Map.entry("NOT_PROCESSED_PETITION", "不予处理：信访举报投诉类申请"), Map.entry("NOT_PROCESSED_REPEAT", "不予处理：重复申请"),
            Map.entry("NOT_PROCESSED_PUBLISHED", "不予处理：要求提供公开出版物"), Map.entry("NOT_PROCESSED_MASS", "不予处理：无正当理由大量反复申请"),
            Map.entry("NOT_PROCESSED_CONFIRM", "不予处理：要求确认或重新出具已获取信息"),
            Map.entry("OTHER_NO_CLARIFICATION", "其他处理：申请人逾期未按要求补正"), Map.entry("OTHER_NO_FEE", "其他处理：申请人逾期未缴纳费用"),
            Map.entry("OTHER", "其他处理：其他"));
    static final Map<String, String> LEGAL_BASIS = Map.of("STATE_SECRET", "属于国家秘密", "LAW_FORBIDS", "其他法律行政法规禁止公开",
            "ENDANGERS_SECURITY", "危及\"三安全一稳定\"", "THIRD_PARTY_RIGHTS", "保护第三方合法权益", "INTERNAL_AFFAIRS", "属于内部事务信息",
            "PROCESS_INFO", "属于过程性信息", "ENFORCEMENT_FILE", "属于行政执法案卷", "QUERY_MATTER", "属于行政查询事项");

    /** "不予公开（属于国家秘密）" for an outcome with its legal basis. */
    static String outcome(String code, String legalBasis) {
        String name = code == null ? "" : OUTCOME.getOrDefault(code, code);
        return legalBasis == null || legalBasis.isEmpty() ? name : name + "（" + LEGAL_BASIS.getOrDefault(legalBasis, legalBasis) + "）";
    }

    static final Map<String, String> PETITION_STATUS = Map.of("RECEIVED", "已收到", "ASSIGNED", "办理中", "REPLIED", "已答复",
            "CLOSED", "已办结");

    static String petitionStatus(String code) {
        return code == null ? "" : PETITION_STATUS.getOrDefault(code, code);
    }

    static String counting(String code) {
        return code == null ? "" : COUNTING.getOrDefault(code, code);
    }

    static String dayType(String code) {
        return code == null ? "" : DAY_TYPE.getOrDefault(code, code);
    }

    /** A step's name; the API gives steps as their paths ("ask-clarification") or as constants (ASK_CLARIFICATION). */
    static String step(String code) {
        if (code == null) {
            return "";
        }
        String name = STEP.get(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        return name != null ? name : STEP_PATH.getOrDefault(code, "办理");
    }

    /** Paths of steps that are not their constant's name. */
    static final Map<String, String> STEP_PATH = Map.of("close", "终止办理", "calendar", "工作日历调整，重新计算期限",
            "clarified", "已补正");

    static String stepWhy(io.gongkai.web.api.ApiViews.Step s) {
        return ClockWords.step(s);
    }

    static String dayWhy(io.gongkai.web.api.ApiViews.ClockDay d, io.gongkai.web.api.ApiViews.ClockExplanation clock) {
        return ClockWords.day(d, clock);
    }

    static String receipt(io.gongkai.web.api.ApiViews.ClockExplanation clock) {
        return ClockWords.receipt(clock);
    }

    static String action(String code) {
        return ClockWords.action(code);
    }

    static String deliveryForm(String code) {
        return code == null ? "" : DELIVERY_FORM.getOrDefault(code, code);
    }
}
