import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes realistic Chinese disclosure items (招生、财务、人事、教学、学生、新闻...) as push-API batches.
 *
 * usage: java ItemGenerator.java demo  OUT_DIR            one academic year (2021-09..2022-08), ~650 items,
 *                                                         one file per source: OUT_DIR/{source}.json {"records":[...]}
 *        java ItemGenerator.java bench OUT_FILE COUNT [BATCH]  COUNT items over 2018-2026 as NDJSON, one
 *                                                         {"records":[...]} batch of BATCH (500) per line, source portal-cms
 * The output is deterministic (fixed seed), so a demo or a benchmark can be repeated exactly.
 */
public class ItemGenerator {

    record Template(String source, String unit, String checklistItem, String[] titles) {
    }

    static final ZoneOffset CST = ZoneOffset.ofHours(8);

    static final Template[] TEMPLATES = {
        t("portal-cms", "ORGANIZATION", "1", "{Y}年学校基本情况", "学校校级领导班子简介及分工（{Y}年{M}月更新）", "学校机构设置一览（{Y}年）"),
        t("portal-cms", "PRESIDENT_OFFICE", "2", "关于修订《学校章程》的公告", "《学校{R}管理办法》（{Y}年修订）", "学校规章制度汇编（{Y}年版）"),
        t("portal-cms", "UNION", "3", "第{N}届教职工代表大会第{K}次会议工作报告", "教职工代表大会提案工作办法"),
        t("portal-cms", "RESEARCH", "4", "学术委员会{Y}年度工作报告", "学术委员会章程（{Y}年修订）"),
        t("portal-cms", "PLANNING", "5", "学校{Y}年工作要点", "学校“十四五”发展规划", "{Y}年度重点工作安排"),
        t("portal-cms", "DISCLOSURE_OFFICE", "6", "学校{Y}-{Y1}学年信息公开工作年度报告"),
        t("admissions", "ADMISSIONS", "7", "{Y}年普通本科招生章程", "{Y}年分省分专业招生计划", "{Y}年高水平运动队招生简章"),
        t("admissions", "ADMISSIONS", "8", "{Y}年高水平运动队测试合格考生名单公示", "{Y}年艺术类专业校考合格名单"),
        t("admissions", "ADMISSIONS", "9", "{Y}年各省录取最低分数线", "{Y}年本科录取查询渠道及办法", "{Y}年{P}录取情况统计"),
        t("admissions", "ADMISSIONS", "10", "{Y}年招生咨询及考生申诉渠道", "{Y}级新生入学资格复查结果公告"),
        t("admissions", "GRADUATE_SCHOOL", "11", "{Y}年硕士研究生招生简章", "{Y}年博士研究生招生专业目录", "{Y}年硕士研究生复试录取工作办法"),
        t("admissions", "GRADUATE_SCHOOL", "12", "{Y}年硕士研究生复试成绩公示（{C}学院）"),
        t("admissions", "GRADUATE_SCHOOL", "13", "{Y}年{C}学院拟录取硕士研究生名单公示", "{Y}年拟录取博士研究生名单"),
        t("admissions", "GRADUATE_SCHOOL", "14", "{Y}年研究生招生咨询及申诉渠道"),
        t("finance", "FINANCE", "15", "学校财务管理办法（{Y}年修订）", "国有资产管理暂行办法", "学校经费报销管理规定"),
        t("finance", "FINANCE", "16", "{Y}年度受捐赠财产使用与管理情况", "教育发展基金会{Y}年度工作报告"),
        t("finance", "ASSETS", "17", "{Y}年度校办企业资产负债情况", "校办企业国有资产保值增值情况（{Y}年）"),
        t("finance", "PROCUREMENT", "18", "{R}采购项目招标公告（{Y}-{N}号）", "{R}采购项目中标结果公示", "{C}学院实验室设备采购项目成交公告",
                "图书馆{Y}年度中文图书采购项目招标公告", "{R}改造工程施工招标公告"),
        t("finance", "FINANCE", "19", "学校{Y}年部门预算", "{Y}年收支预算总表", "{Y}年财政拨款支出预算表"),
        t("finance", "FINANCE", "20", "学校{Y1}年度部门决算", "{Y1}年收支决算总表"),
        t("finance", "FINANCE", "21", "{Y}-{Y1}学年学费住宿费收费标准", "学校收费项目、依据、标准及投诉方式"),
        t("hr", "ORGANIZATION", "22", "校级领导干部社会兼职情况（{Y}年）"),
        t("hr", "ORGANIZATION", "23", "校级领导干部因公出国（境）情况公示"),
        t("hr", "HR", "24", "岗位设置管理实施办法", "{Y}年专业技术岗位聘用办法"),
        t("hr", "HR", "25", "{Y}年公开招聘专任教师公告", "{C}学院{Y}年人才招聘启事", "干部任免通知（{Y}年第{N}号）", "{Y}年公开招聘拟聘用人员公示"),
        t("hr", "HR", "26", "教职工申诉处理办法"),
        t("portal-cms", "ACADEMIC_AFFAIRS", "27", "{Y}年本科生占全日制在校生比例及师资结构"),
        t("portal-cms", "ACADEMIC_AFFAIRS", "28", "{Y}年新增本科专业名单", "{Y}年停招专业名单"),
        t("portal-cms", "ACADEMIC_AFFAIRS", "29", "{Y}-{Y1}学年课程开设情况"),
        t("portal-cms", "ACADEMIC_AFFAIRS", "30", "教授为本科生授课情况（{Y}-{Y1}学年）"),
        t("portal-cms", "CAREER_CENTER", "31", "促进毕业生就业的政策措施", "{Y}届毕业生就业指导服务安排", "{Y}年春季校园双选会通知"),
        t("portal-cms", "CAREER_CENTER", "32", "{Y}届毕业生就业率及就业流向"),
        t("portal-cms", "CAREER_CENTER", "33", "{Y}届毕业生就业质量年度报告"),
        t("portal-cms", "ACADEMIC_AFFAIRS", "34", "{Y}年艺术教育发展年度报告"),
        t("portal-cms", "ACADEMIC_AFFAIRS", "35", "{Y}-{Y1}学年本科教学质量报告"),
        t("portal-cms", "ACADEMIC_AFFAIRS", "36", "学生学籍管理规定（{Y}年修订）"),
        t("portal-cms", "STUDENT_AFFAIRS", "37", "{Y}-{Y1}学年国家奖学金评审结果公示", "{Y}年家庭经济困难学生认定办法", "{Y}年国家助学贷款办理通知",
                "{Y}年勤工助学岗位申请通知"),
        t("portal-cms", "STUDENT_AFFAIRS", "38", "学生违纪处分规定", "{Y}年优秀学生表彰决定"),
        t("portal-cms", "STUDENT_AFFAIRS", "39", "学生申诉处理办法"),
        t("portal-cms", "RESEARCH", "40", "学风建设委员会组成"),
        t("portal-cms", "RESEARCH", "41", "学术道德规范（{Y}年修订）"),
        t("portal-cms", "RESEARCH", "42", "学术不端行为调查处理办法"),
        t("portal-cms", "DEGREE_OFFICE", "43", "学士学位授予工作细则", "博士、硕士学位授予基本要求"),
        t("portal-cms", "DEGREE_OFFICE", "44", "{Y}年同等学力人员申请硕士学位资格审查结果"),
        t("portal-cms", "DEGREE_OFFICE", "45", "学位授权点审核办法"),
        t("portal-cms", "DEGREE_OFFICE", "46", "{Y}年拟新增学位授权点申报材料公示"),
        t("portal-cms", "INTERNATIONAL", "47", "中外合作办学项目情况（{Y}年）"),
        t("portal-cms", "INTERNATIONAL", "48", "来华留学生管理规定"),
        t("portal-cms", "DISCIPLINE", "49", "关于巡视整改进展情况的通报", "巡视反馈意见整改落实情况"),
        t("portal-cms", "SECURITY", "50", "突发事件应急预案", "{Y}年防汛应急处置情况", "校园安全事件处置情况通报"),
        t("news-office", "NEWS_CENTER", null, "我校举行{Y}届毕业典礼暨学位授予仪式", "我校在{R}比赛中获佳绩", "{C}学院举办学术报告会",
                "我校召开{Y}年度工作会议", "校领导走访慰问一线教职工", "我校与{P}签署战略合作协议", "{Y}级新生开学典礼隆重举行",
                "我校{N}项成果获省级教学成果奖", "{C}学院师生参加志愿服务活动", "我校举办{Y}年秋季运动会"),
    };

    static final String[] COLLEGES = {"光电工程", "计算机科学技术", "机电工程", "理学", "外国语", "经济管理", "法学", "材料科学与工程",
        "电子信息工程", "化学与环境工程", "生命科学技术", "艺术", "体育", "马克思主义"};
    static final String[] PROVINCES = {"吉林省", "辽宁省", "黑龙江省", "山东省", "河南省", "河北省", "江苏省", "浙江省", "四川省", "广东省"};
    static final String[] PROJECTS = {"实验楼", "学生公寓", "图书馆", "体育馆", "食堂", "校园网", "教学楼", "科研平台", "数据中心", "创新创业"};
    static final String[] SENTENCES = {
        "根据《高等学校信息公开办法》和学校有关规定，现将有关情况公开如下。",
        "本信息由学校相关职能部门负责解释，师生员工和社会公众如有疑问，可在公示期内以书面形式反映。",
        "公示期为五个工作日，自发布之日起计算。",
        "学校高度重视此项工作，成立了专门工作小组，严格按照规定程序组织实施。",
        "各学院、各部门要认真组织学习，结合实际抓好贯彻落实。",
        "相关材料已报上级主管部门备案。",
        "联系电话：0431-8xxxxxxx，联系地址：学校行政楼。",
        "详细内容请见附件。",
        "本次工作坚持公开、公平、公正的原则，接受全校师生和社会各界的监督。",
        "学校将进一步完善相关制度，持续提升管理服务水平。",
    };
    static final String[][] CHANNELS = {{"PORTAL"}, {"PORTAL", "WECHAT"}, {"DEPT_WEBSITE"}, {"PORTAL", "DEPT_WEBSITE"},
        {"PORTAL", "WECHAT", "NEWSPAPER"}, {"DOCUMENT", "PORTAL"}, {"WECHAT"}, {"PORTAL", "VIDEO"}, {"NEWSPAPER"},
        {"PORTAL", "WEIBO"}, {"TV", "WECHAT"}, {"EXTERNAL_MEDIA"}};

    static Template t(String source, String unit, String item, String... titles) {
        return new Template(source, unit, item, titles);
    }

    final Random random;
    int serial;

    ItemGenerator(long seed) {
        random = new Random(seed);
    }

    String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    String fill(String template, int year) {
        return template.replace("{Y1}", Integer.toString(year + 1)).replace("{Y}", Integer.toString(year))
                .replace("{M}", Integer.toString(1 + random.nextInt(12))).replace("{N}", Integer.toString(1 + random.nextInt(30)))
                .replace("{K}", Integer.toString(1 + random.nextInt(5))).replace("{C}", pick(COLLEGES))
                .replace("{P}", pick(PROVINCES)).replace("{R}", pick(PROJECTS));
    }

    /** One record as JSON text (with externalId), published at {@code at}. */
    String record(Template tpl, String externalId, OffsetDateTime at, boolean demo) {
        int year = at.getMonthValue() >= 9 ? at.getYear() : at.getYear() - 1;
        String title = fill(pick(tpl.titles()), tpl.checklistItem() == null ? at.getYear() : year);
        StringBuilder body = new StringBuilder("<p>");
        int sentences = 3 + random.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            body.append(pick(SENTENCES));
            if (i % 3 == 2) {
                body.append("</p><p>");
            }
        }
        body.append("</p>");
        StringBuilder json = new StringBuilder(512);
        json.append("{\"externalId\":\"").append(externalId).append("\",\"title\":\"").append(title).append('"');
        json.append(",\"summary\":\"").append(title).append("。").append(pick(SENTENCES)).append('"');
        json.append(",\"body\":\"").append(body).append('"');
        if (tpl.checklistItem() != null) {
            json.append(",\"checklistItem\":\"").append(tpl.checklistItem()).append('"');
        }
        json.append(",\"unit\":\"").append(tpl.unit()).append('"');
        if (random.nextInt(10) == 0) {
            json.append(",\"audience\":\"CAMPUS\"");
        }
        json.append(",\"publishedAt\":\"").append(at).append('"');
        if (tpl.checklistItem() != null && random.nextInt(10) < 6) {
            // usually within the 20 working days, sometimes late
            LocalDate produced = at.toLocalDate().minusDays(random.nextInt(10) == 0 ? 30 + random.nextInt(20) : 1 + random.nextInt(20));
            json.append(",\"producedAt\":\"").append(produced).append('"');
        }
        String[] channels = tpl.source().equals("news-office") ? CHANNELS[1 + random.nextInt(CHANNELS.length - 1)]
                : CHANNELS[random.nextInt(6)];
        json.append(",\"postings\":[");
        for (int i = 0; i < channels.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"channel\":\"").append(channels[i]).append("\",\"url\":\"https://www.example.edu.cn/info/")
                    .append(channels[i].toLowerCase()).append('/').append(externalId).append(".htm\"}");
        }
        json.append(']');
        if (random.nextInt(4) == 0) {
            json.append(",\"attachments\":[{\"name\":\"").append(title).append(".pdf\",\"url\":\"https://www.example.edu.cn/files/")
                    .append(externalId).append(".pdf\",\"size\":").append(50_000 + random.nextInt(2_000_000))
                    .append(",\"type\":\"application/pdf\"}]");
        }
        if (demo) {
            int fate = random.nextInt(100);
            if (fate < 5) {
                json.append(",\"status\":\"DRAFT\"");
            } else if (fate < 8) {
                json.append(",\"status\":\"WITHDRAWN\",\"withdrawReason\":\"信息有误，已更正后重新发布\"");
            }
        }
        return json.append('}').toString();
    }

    OffsetDateTime randomTime(LocalDate from, int days) {
        LocalDate day = from.plusDays(random.nextInt(days));
        return day.atTime(8 + random.nextInt(10), random.nextInt(60)).atOffset(CST);
    }

    void demo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> sources = List.of("admissions", "finance", "hr", "portal-cms", "news-office");
        for (String source : sources) {
            List<String> records = new ArrayList<>();
            for (Template tpl : TEMPLATES) {
                if (!tpl.source().equals(source)) {
                    continue;
                }
                // frequent checklist items (procurement, recruitment, news) get many items; some items get none (gaps)
                int count = tpl.checklistItem() == null ? 200 : switch (tpl.checklistItem()) {
                    case "18", "25", "37", "13", "12" -> 15 + random.nextInt(15);
                    case "17", "46", "44" -> 0;
                    default -> 1 + random.nextInt(8);
                };
                for (int i = 0; i < count; i++) {
                    String id = source + "-2022-" + String.format("%04d", ++serial);
                    records.add(record(tpl, id, randomTime(LocalDate.of(2021, 9, 1), 365), true));
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(source + ".json"), StandardCharsets.UTF_8)) {
                out.write("{\"records\":[\n");
                out.write(String.join(",\n", records));
                out.write("\n]}\n");
            }
            System.out.println(source + ": " + records.size() + " items");
        }
    }

    void bench(Path file, int count, int batch) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int start = 0; start < count; start += batch) {
                out.write("{\"records\":[");
                for (int i = start; i < Math.min(count, start + batch); i++) {
                    if (i > start) {
                        out.write(',');
                    }
                    Template tpl = TEMPLATES[random.nextInt(TEMPLATES.length)];
                    out.write(record(tpl, "bench-" + i, randomTime(LocalDate.of(2018, 1, 1), 365 * 9), false));
                }
                out.write("]}\n");
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("demo")) {
            new ItemGenerator(2022).demo(Path.of(args[1]));
        } else if (args.length >= 3 && args[0].equals("bench")) {
            new ItemGenerator(42).bench(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 500);
        } else {
            System.err.println("usage: java ItemGenerator.java demo OUT_DIR | bench OUT_FILE COUNT [BATCH]");
            System.exit(2);
        }
    }
}
