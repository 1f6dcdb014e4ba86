-- Going live mid-history: the requests still open at the start of the first report year that were never registered in
-- Gongkai, counted by hand per column of table 三. The report adds them to 二 (上年结转) and, since Gongkai never sees
-- them end, to 四 (结转下年度继续办理), and says that they were entered by hand.
CREATE TABLE report_carried_over (
    year        integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    applicant   varchar(20)  NOT NULL CHECK (applicant IN ('NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'NONPROFIT', 'LEGAL_SERVICE', 'OTHER')),
    requests    bigint       NOT NULL CHECK (requests >= 0),
    entered_at  timestamptz  NOT NULL,
    entered_by  varchar(200) NOT NULL,
    PRIMARY KEY (year, applicant)
);
