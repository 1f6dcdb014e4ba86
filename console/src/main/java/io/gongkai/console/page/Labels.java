package io.gongkai.console.page;

import io.quarkus.qute.TemplateExtension;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese names of the API's codes, for the pages (outcomes in the words of /work/shared/domain/outcomes.md, as
 * inquiry-service names them). In templates: {@code {label:status(r.status)}}; in code: the maps, in their order.
 */
@TemplateExtension(namespace = "label")
public final class Labels {

    public static final Map<String, String> STATUS = ordered("RECEIVED", "已收到（待受理）", "ACCEPTED", "已受理", "AWAITING_CLARIFICATION",
            "待补正", "EXTENDED", "已延期", "AWAITING_FEE", "待缴费", "ANSWERED", "已答复", "WITHDRAWN", "已撤回", "CLOSED", "已终止");
    public static final Map<String, String> OUTCOME = ordered("DISCLOSED", "予以公开", "PARTIALLY_DISCLOSED", "部分公开",
            "NOT_DISCLOSED", "不予公开", "NOT_HELD", "无法提供：本校不掌握相关信息", "NEEDS_CREATION", "无法提供：需要另行制作",
            "UNCLEAR_AFTER_CLARIFICATION", "无法提供：补正后申请内容仍不明确", "NOT_PROCESSED_PETITION", "不予处理：信访举报投诉类申请",
            "NOT_PROCESSED_REPEAT", "不予处理：重复申请", "NOT_PROCESSED_PUBLISHED", "不予处理：要求提供公开出版物",
            "NOT_PROCESSED_MASS", "不予处理：无正当理由大量反复申请", "NOT_PROCESSED_CONFIRM", "不予处理：要求确认或重新出具已获取信息",
            "OTHER_NO_CLARIFICATION", "其他处理：申请人逾期未按要求补正", "OTHER_NO_FEE", "其他处理：申请人逾期未缴纳费用",
            "OTHER", "其他处理：其他");
    public static final Map<String, String> LEGAL_BASIS = ordered("STATE_SECRET", "属于国家秘密", "LAW_FORBIDS", "其他法律行政法规禁止公开",
            "ENDANGERS_SECURITY", "危及\"三安全一稳定\"", "THIRD_PARTY_RIGHTS", "保护第三方合法权益", "INTERNAL_AFFAIRS", "属于内部事务信息",
            "PROCESS_INFO", "属于过程性信息", "ENFORCEMENT_FILE", "属于行政执法案卷", "QUERY_MATTER", "属于行政查询事项");
    static final Map<String, String> CHANNEL = ordered("ONLINE", "网上申请", "LETTER", "信函", "IN_PERSON", "当面", "FAX", "传真");
    static final Map<String, String> APPLICANT_TYPE = ordered("NATURAL_PERSON", "自然人", "ORGANISATION", "法人或其他组织");
    static final Map<String, String> SUB_TYPE = ordered("COMMERCIAL", "商业企业", "RESEARCH", "科研机构", "NONPROFIT", "社会公益组织",
            "LEGAL_SERVICE", "法律服务机构", "OTHER", "其他");
    public static final Map<String, String> DELIVERY_FORM = ordered("ELECTRONIC", "电子", "PAPER", "纸质");
    static final Map<String, String> DELIVERY_METHOD = ordered("EMAIL", "电子邮件", "POST", "邮寄", "COLLECT", "自行领取");
    static final Map<String, String> COUNTING = ordered("BEFORE_RECEIPT", "收到，不计入", "RECEIPT", "起算日，不计入", "COUNTED", "计入",
            "EXTENSION", "延期计入", "SKIPPED", "不计入", "PAUSED", "暂停（等待补正）", "SUPERSEDED", "补正前的计数，不再有效");
    static final Map<String, String> DAY_TYPE = ordered("WORKING_DAY", "工作日", "WEEKEND", "周末", "HOLIDAY", "法定节假日",
            "MAKE_UP_WORKING_DAY", "调休上班日");
    static final Map<String, String> STEP = ordered("RECEIVE", "收到申请", "ACCEPT", "受理", "ASSIGN", "分派承办人",
            "VERIFY_IDENTITY", "核实身份", "ASK_CLARIFICATION", "要求补正", "CLARIFIED", "收到补正", "EXTEND", "延期答复",
            "FEE_NOTICE", "收费通知", "FEE_PAID", "已缴费", "REPLY", "答复", "WITHDRAW", "撤回申请", "ABANDON", "逾期未补正，终止办理",
            "CLOSE_UNPAID", "逾期未缴费，终止办理", "CALENDAR_CHANGED", "工作日历调整，重新计算期限",
            "CLOSE", "办结");
    static final Map<String, String> ACTOR = ordered("APPLICANT", "申请人", "HANDLER", "承办人", "ADMIN", "管理员", "SYSTEM", "系统",
            "PETITIONER", "来信人");
    static final Map<String, String> WAITING = ordered("clarify", "补正申请", "pay", "缴纳费用");
    public static final Map<String, String> PETITION_STATUS = ordered("RECEIVED", "已收到（待分办）", "ASSIGNED", "办理中",
            "REPLIED", "已答复", "CLOSED", "已办结");
    public static final Map<String, String> SATISFACTION = ordered("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意",
            "DISSATISFIED", "不满意", "UNKNOWN", "未表态");
    public static final Map<String, String> CASE_KIND = ordered("COMPLAINT", "举报（申诉）", "REVIEW", "行政复议", "LAWSUIT", "行政诉讼");
    public static final Map<String, String> CASE_STATUS = ordered("OPEN", "尚未审结", "CLOSED", "已审结");
    public static final Map<String, String> CASE_RESULT = ordered("UPHELD", "维持", "CORRECTED", "纠正", "OTHER", "其他");
    public static final Map<String, String> LAWSUIT_ROUTE = ordered("DIRECT", "未经复议直接起诉", "AFTER_REVIEW", "复议后起诉");

    private Labels() {
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String of(Map<String, String> names, String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    static String status(String code) { return of(STATUS, code); }

    static String outcome(String code) { return of(OUTCOME, code); }

    static String legalBasis(String code) { return of(LEGAL_BASIS, code); }

    static String channel(String code) { return of(CHANNEL, code); }

    static String applicantType(String code) { return of(APPLICANT_TYPE, code); }

    static String subType(String code) { return of(SUB_TYPE, code); }

    static String deliveryForm(String code) { return of(DELIVERY_FORM, code); }

    static String deliveryMethod(String code) { return of(DELIVERY_METHOD, code); }

    static String counting(String code) { return of(COUNTING, code); }

    static String dayType(String code) { return of(DAY_TYPE, code); }

    static String step(String code) { return of(STEP, code == null ? null : code.toUpperCase(java.util.Locale.ROOT)); }

    static String actor(String code) { return of(ACTOR, code); }

    static String waiting(String code) { return of(WAITING, code); }

    static String petitionStatus(String code) { return of(PETITION_STATUS, code); }

    static String satisfaction(String code) { return of(SATISFACTION, code); }

    static String caseKind(String code) { return of(CASE_KIND, code); }

    static String caseStatus(String code) { return of(CASE_STATUS, code); }

    static String caseResult(String code) { return of(CASE_RESULT, code); }

    static String lawsuitRoute(String code) { return of(LAWSUIT_ROUTE, code); }
}
