-- Reference data of published items: units, source systems, the versioned checklist (2014 list).
-- Admin endpoints edit them afterwards; code never hard-codes them.

CREATE TABLE unit (
    code        varchar(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name        varchar(100) NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    sort_order  integer NOT NULL DEFAULT 100,
    version     bigint NOT NULL DEFAULT 0
);

INSERT INTO unit (code, name, sort_order) VALUES
    ('PRESIDENT_OFFICE', '党委办公室、校长办公室', 10),
    ('DISCLOSURE_OFFICE', '信息公开办公室', 20),
    ('ADMISSIONS', '招生就业处', 30),
    ('GRADUATE_SCHOOL', '研究生院', 40),
    ('FINANCE', '财务处', 50),
    ('ASSETS', '国有资产管理处', 60),
    ('PROCUREMENT', '招标采购中心', 70),
    ('HR', '人事处', 80),
    ('ORGANIZATION', '党委组织部', 90),
    ('ACADEMIC_AFFAIRS', '教务处', 100),
    ('STUDENT_AFFAIRS', '学生工作处', 110),
    ('CAREER_CENTER', '就业指导中心', 120),
    ('RESEARCH', '科学技术处', 130),
    ('DEGREE_OFFICE', '学位办公室', 140),
    ('INTERNATIONAL', '国际交流与合作处', 150),
    ('DISCIPLINE', '纪委办公室', 160),
    ('SECURITY', '保卫处', 170),
    ('UNION', '校工会', 180),
    ('PLANNING', '发展规划处', 190),
    ('NEWS_CENTER', '党委宣传部（新闻中心）', 200);

-- Internal systems that push what they publish (PUT /api/v1/sources/{source}/items/{externalId}).
CREATE TABLE source_system (
    code        varchar(40) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name        varchar(100) NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    version     bigint NOT NULL DEFAULT 0
);

INSERT INTO source_system (code, name) VALUES
    ('admissions', '招生系统'),
    ('finance', '财务系统'),
    ('hr', '人事系统'),
    ('portal-cms', '门户网站内容管理系统'),
    ('news-office', '新闻中心发稿系统');

-- The checklist (清单) is versioned: a revised list is loaded next to the 2014 one.
CREATE TABLE checklist_version (
    code            varchar(20) PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    name            varchar(200) NOT NULL,
    effective_from  date NOT NULL,
    is_current      boolean NOT NULL DEFAULT false,
    version         bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX checklist_version_one_current ON checklist_version (is_current) WHERE is_current;

CREATE TABLE checklist_category (
    checklist   varchar(20) NOT NULL REFERENCES checklist_version (code) ON DELETE CASCADE,
    no          integer NOT NULL CHECK (no BETWEEN 1 AND 99),
    name        varchar(100) NOT NULL,
    PRIMARY KEY (checklist, no)
);

CREATE TABLE checklist_item (
    checklist   varchar(20) NOT NULL,
    item_no     varchar(10) NOT NULL CHECK (item_no ~ '^[0-9]{1,4}[a-z]?$'),
    category_no integer NOT NULL,
    title       varchar(500) NOT NULL,
    note        varchar(200),
    sort_order  integer NOT NULL,
    PRIMARY KEY (checklist, item_no),
    FOREIGN KEY (checklist, category_no) REFERENCES checklist_category (checklist, no) ON DELETE CASCADE
);

INSERT INTO checklist_version (code, name, effective_from, is_current) VALUES
    ('2014', '高等学校信息公开事项清单（教办函〔2014〕23号）', DATE '2014-07-25', true);

INSERT INTO checklist_category (checklist, no, name) VALUES
    ('2014', 1, '基本信息'),
    ('2014', 2, '招生考试信息'),
    ('2014', 3, '财务、资产及收费信息'),
    ('2014', 4, '人事师资信息'),
    ('2014', 5, '教学质量信息'),
    ('2014', 6, '学生管理服务信息'),
    ('2014', 7, '学风建设信息'),
    ('2014', 8, '学位、学科信息'),
    ('2014', 9, '对外交流与合作信息'),
    ('2014', 10, '其他');

INSERT INTO checklist_item (checklist, item_no, category_no, title, note, sort_order) VALUES
    ('2014', '1', 1, '办学规模、校级领导班子简介及分工、学校机构设置、学科情况、专业情况、各类在校生情况、教师和专业技术人员数量等办学基本情况', NULL, 1),
    ('2014', '2', 1, '学校章程及制定的各项规章制度', NULL, 2),
    ('2014', '3', 1, '教职工代表大会相关制度、工作报告', NULL, 3),
    ('2014', '4', 1, '学术委员会相关制度、年度报告', NULL, 4),
    ('2014', '5', 1, '学校发展规划、年度工作计划及重点工作安排', NULL, 5),
    ('2014', '6', 1, '信息公开年度报告', NULL, 6),
    ('2014', '7', 2, '招生章程及特殊类型招生办法，分批次、分科类招生计划', NULL, 7),
    ('2014', '8', 2, '保送、自主选拔录取、高水平运动员和艺术特长生招生等特殊类型招生入选考生资格及测试结果', NULL, 8),
    ('2014', '9', 2, '考生个人录取信息查询渠道和办法，分批次、分科类录取人数和录取最低分', NULL, 9),
    ('2014', '10', 2, '招生咨询及考生申诉渠道，新生复查期间有关举报、调查及处理结果', NULL, 10),
    ('2014', '11', 2, '研究生招生简章、招生专业目录、复试录取办法，各院（系、所）或学科、专业招收研究生人数', NULL, 11),
    ('2014', '12', 2, '参加研究生复试的考生成绩', NULL, 12),
    ('2014', '13', 2, '拟录取研究生名单', NULL, 13),
    ('2014', '14', 2, '研究生招生咨询及申诉渠道', NULL, 14),
    ('2014', '15', 3, '财务、资产管理制度', NULL, 15),
    ('2014', '16', 3, '受捐赠财产的使用与管理情况', NULL, 16),
    ('2014', '17', 3, '校办企业资产、负债、国有资产保值增值等信息', NULL, 17),
    ('2014', '18', 3, '仪器设备、图书、药品等物资设备采购和重大基建工程的招投标', NULL, 18),
    ('2014', '19', 3, '收支预算总表、收入预算表、支出预算表、财政拨款支出预算表', NULL, 19),
    ('2014', '20', 3, '收支决算总表、收入决算表、支出决算表、财政拨款支出决算表', NULL, 20),
    ('2014', '21', 3, '收费项目、收费依据、收费标准及投诉方式', NULL, 21),
    ('2014', '22', 4, '校级领导干部社会兼职情况', NULL, 22),
    ('2014', '23', 4, '校级领导干部因公出国（境）情况', NULL, 23),
    ('2014', '24', 4, '岗位设置管理与聘用办法', NULL, 24),
    ('2014', '25', 4, '校内中层干部任免、人员招聘信息', 'wording unverified', 25),
    ('2014', '26', 4, '教职工争议解决办法', NULL, 26),
    ('2014', '27', 5, '本科生占全日制在校生总数的比例、教师数量及结构', NULL, 27),
    ('2014', '28', 5, '专业设置、当年新增专业、停招专业名单', NULL, 28),
    ('2014', '29', 5, '全校开设课程总门数、实践教学学分占总学分比例、选修课学分占总学分比例', 'wording unverified', 29),
    ('2014', '30', 5, '主讲本科课程的教授占教授总数的比例、教授授课门次数占开课总门次数的比例', 'wording unverified', 30),
    ('2014', '31', 5, '促进毕业生就业的政策措施和指导服务', NULL, 31),
    ('2014', '32', 5, '毕业生的规模、结构、就业率、就业流向', NULL, 32),
    ('2014', '33', 5, '高校毕业生就业质量年度报告', NULL, 33),
    ('2014', '34', 5, '艺术教育发展年度报告', NULL, 34),
    ('2014', '35', 5, '本科教学质量报告', NULL, 35),
    ('2014', '36', 6, '学籍管理办法', NULL, 36),
    ('2014', '37', 6, '学生奖学金、助学金、学费减免、助学贷款、勤工俭学的申请与管理规定', NULL, 37),
    ('2014', '38', 6, '学生奖励处罚办法', NULL, 38),
    ('2014', '39', 6, '学生申诉办法', NULL, 39),
    ('2014', '40', 7, '学风建设机构', 'wording unverified', 40),
    ('2014', '41', 7, '学术规范制度', 'wording unverified', 41),
    ('2014', '42', 7, '学术不端行为查处机制', NULL, 42),
    ('2014', '43', 8, '授予博士、硕士、学士学位的基本要求', NULL, 43),
    ('2014', '44', 8, '拟授予硕士、博士学位同等学力人员资格审查和学力水平认定', NULL, 44),
    ('2014', '45', 8, '新增硕士、博士学位授权学科或专业学位授权点审核办法', NULL, 45),
    ('2014', '46', 8, '拟新增学位授权学科或专业学位授权点的申报及论证材料', NULL, 46),
    ('2014', '47', 9, '中外合作办学情况', NULL, 47),
    ('2014', '48', 9, '来华留学生管理相关规定', NULL, 48),
    ('2014', '49', 10, '巡视组反馈意见，落实反馈意见整改情况', 'wording unverified', 49),
    ('2014', '50', 10, '自然灾害等突发事件的应急处理预案、处置情况，涉及学校的重大事件的调查和处理情况', 'wording unverified', 50);
