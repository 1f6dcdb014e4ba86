-- The annual report's settings per year (format, statistics period, institution, date signed) and the
-- narrative texts an admin writes per year and section.
CREATE TABLE report_setting (
    year         integer      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    format       varchar(10)  NOT NULL CHECK (format IN ('moe', 'gov')),
    period_kind  varchar(20)  NOT NULL CHECK (period_kind IN ('ACADEMIC_YEAR', 'CALENDAR_YEAR', 'CUSTOM')),
    period_from  date,
    period_to    date,
    institution  varchar(200) NOT NULL,
    signed_on    date,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    CHECK (period_kind <> 'CUSTOM' OR (period_from IS NOT NULL AND period_to IS NOT NULL AND period_to >= period_from))
);

CREATE TABLE report_section (
    year        integer      NOT NULL,
    key         varchar(40)  NOT NULL,
    text        text         NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    PRIMARY KEY (year, key)
);
