-- Channels through which items are published (RULES.md). Reference data: an admin can add more.
CREATE TABLE channel (
    code          varchar(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name          varchar(100) NOT NULL,
    counted_per   varchar(40) NOT NULL,
    description   varchar(500),
    active        boolean NOT NULL DEFAULT true,
    sort_order    integer NOT NULL DEFAULT 100,
    version       bigint NOT NULL DEFAULT 0
);

INSERT INTO channel (code, name, counted_per, sort_order) VALUES
    ('PORTAL',          '门户网站',            '条', 10),
    ('DEPT_WEBSITE',    '部门网站',            '条', 20),
    ('DOCUMENT',        '文件',               '件', 30),
    ('NEWSPAPER',       '校报',               '期', 40),
    ('VIDEO',           '视频号',             '个', 50),
    ('TV',              '电视新闻/专题',        '期', 60),
    ('EXTERNAL_MEDIA',  '校外新闻媒体',         '篇', 70),
    ('WECHAT',          '微信公众号',           '条', 80),
    ('WEIBO',           '微博',               '条', 90),
    ('DOUYIN',          '抖音',               '条', 100),
    ('MEETING',         '会议',               '次', 110),
    ('BULLETIN',        '公告栏/电子显示屏',     '条', 120),
    ('SMS',             '短信',               '条', 130),
    ('CAMPUS_PORTAL',   '校园信息门户',         '条', 140),
    ('YEARBOOK',        '年鉴',               '册', 150),
    ('PRESS_CONFERENCE','新闻发布会',           '场', 160);
