package io.gongkai.stats.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The two shapes universities file their report in (docs/domain.md, "The annual report"), and the texts an admin writes. */
public enum ReportFormat {
    MOE("moe"), GOV("gov");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReportFormat of(String code) {
        for (ReportFormat f : values()) {
            if (f.code.equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("must be moe or gov");
    }

    /** The narrative parts an admin sets per year, with the text a section gets until then. */
    static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("overview", "学校认真贯彻执行《高等学校信息公开办法》，坚持“公开为常态、不公开为例外”的原则，"
                + "健全信息公开制度，规范主动公开和依申请公开工作，保障师生员工和社会公众依法获取学校信息的权利。");
        DEFAULTS.put("proactive.content", "学校按照《高等学校信息公开事项清单》的要求，逐项公开清单所列事项（见附件）。");
        DEFAULTS.put("proactive.ways", "学校通过门户网站、信息公开专栏、各部门网站、新媒体平台、会议、文件和校报等途径主动公开信息。");
        DEFAULTS.put("proactive.key-areas", "招生考试、财务资产等重点领域信息均按规定在信息公开专栏及相关网站公开。");
        DEFAULTS.put("evaluations", "学校在信息公开专栏设立意见受理与投诉方式，听取社会公众和师生员工对信息公开工作的评议意见。");
        DEFAULTS.put("improvements", "学校将继续加强信息公开工作队伍建设，拓展公开的内容和形式，不断提高信息公开工作水平。");
        DEFAULTS.put("other", "无其他需要报告的事项。");
    }

    public static Set<String> sectionKeys() {
        return DEFAULTS.keySet();
    }

    static String defaultText(String key) {
        return DEFAULTS.getOrDefault(key, "");
    }
}
