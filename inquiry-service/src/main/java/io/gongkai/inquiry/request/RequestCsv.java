package io.gongkai.inquiry.request;

import io.gongkai.inquiry.request.RequestEnums.ApplicantSubType;
import io.gongkai.inquiry.request.RequestEnums.ApplicantType;
import io.gongkai.inquiry.request.RequestEnums.Channel;
import io.gongkai.inquiry.request.RequestViews.Summary;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of the staff list's CSV export. The plain form is for programs (codes, ISO times, as the JSON
 * list); the Excel form is for people: Chinese headers, each code with its name beside it, times in the
 * office's time zone. Both neutralise formula-looking free text (names).
 */
public final class RequestCsv {

    /** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark. */
    public static final String BOM = "\uFEFF";

    static final String[] HEADER = {"trackingNo", "status", "channel", "receivedAt", "dueDate", "overdue", "applicantType",
            "applicantSubType", "applicantName", "handler", "outcome"};
    static final String[] EXCEL_HEADER = {"申请编号", "状态代码", "状态", "渠道代码", "渠道", "收到时间", "答复期限", "是否逾期",
            "申请人类型代码", "申请人类型", "申请人类别代码", "申请人类别", "申请人", "承办人", "处理结果代码", "处理结果"};

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<RequestStatus, String> STATUS = Map.of(RequestStatus.RECEIVED, "已收到", RequestStatus.ACCEPTED, "已受理",
            RequestStatus.AWAITING_CLARIFICATION, "待补正", RequestStatus.EXTENDED, "已延期", RequestStatus.AWAITING_FEE, "待缴费",
            RequestStatus.ANSWERED, "已答复", RequestStatus.WITHDRAWN, "已撤回", RequestStatus.CLOSED, "已终止");
    private static final Map<Channel, String> CHANNEL = Map.of(Channel.ONLINE, "网上申请", Channel.LETTER, "信函申请",
            Channel.IN_PERSON, "当面申请", Channel.FAX, "传真申请");
    private static final Map<ApplicantType, String> TYPE = Map.of(ApplicantType.NATURAL_PERSON, "自然人",
            ApplicantType.ORGANISATION, "法人或其他组织");
    private static final Map<ApplicantSubType, String> SUB_TYPE = Map.of(ApplicantSubType.COMMERCIAL, "商业企业",
            ApplicantSubType.RESEARCH, "科研机构", ApplicantSubType.NONPROFIT, "社会公益组织",
            ApplicantSubType.LEGAL_SERVICE, "法律服务机构", ApplicantSubType.OTHER, "其他");

    private final boolean excel;
    private final ZoneId zone;

    public RequestCsv(boolean excel, ZoneId zone) {
        this.excel = excel;
        this.zone = zone;
    }

    public String[] header() {
        return excel ? EXCEL_HEADER : HEADER;
    }

    public List<Object> row(Summary s) {
        List<Object> cells = new ArrayList<>(EXCEL_HEADER.length);
        cells.add(s.trackingNo());
        if (excel) {
            cells.add(s.status());
            cells.add(STATUS.get(s.status()));
            cells.add(s.channel());
            cells.add(CHANNEL.get(s.channel()));
            cells.add(local(s.receivedAt()));
            cells.add(s.dueDate());
            cells.add(s.overdue() ? "是" : "否");
            cells.add(s.applicantType());
            cells.add(s.applicantType() == null ? null : TYPE.get(s.applicantType()));
            cells.add(s.applicantSubType());
            cells.add(s.applicantSubType() == null ? null : SUB_TYPE.get(s.applicantSubType()));
            cells.add(SpreadsheetCells.text(s.applicantName()));
            cells.add(SpreadsheetCells.text(s.handler()));
            cells.add(s.outcome());
            cells.add(s.outcome() == null ? null : s.outcome().chinese());
        } else {
            cells.add(s.status());
            cells.add(s.channel());
            cells.add(s.receivedAt());
            cells.add(s.dueDate());
            cells.add(s.overdue());
            cells.add(s.applicantType());
            cells.add(s.applicantSubType());
            cells.add(SpreadsheetCells.text(s.applicantName()));
            cells.add(SpreadsheetCells.text(s.handler()));
            cells.add(s.outcome());
        }
        return cells;
    }

    private String local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).format(LOCAL_TIME);
    }
}
