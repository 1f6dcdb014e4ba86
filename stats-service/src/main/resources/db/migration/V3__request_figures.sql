-- Disclosure requests (依申请公开) as figures for the report's table 三: each request's facts (no personal
-- data reaches stats-service), and daily counts of requests received and ended, by applicant type and
-- sub-type, and for ended ones by outcome and legal basis, so that a period's figures never count rows.
CREATE TABLE request_fact (
    request_id          uuid PRIMARY KEY,
    received_on         date        NOT NULL,
    applicant_type      varchar(20) NOT NULL,
    applicant_sub_type  varchar(20) NOT NULL DEFAULT '',
    ended_on            date,
    outcome             varchar(40),
    legal_basis         varchar(40),
    fee_amount          numeric(12, 2),
    fee_waived          boolean     NOT NULL DEFAULT false
);

CREATE TABLE request_daily (
    day                 date        NOT NULL,
    kind                varchar(10) NOT NULL CHECK (kind IN ('RECEIVED', 'ENDED')),
    applicant_type      varchar(20) NOT NULL,
    applicant_sub_type  varchar(20) NOT NULL,
    outcome             varchar(40) NOT NULL DEFAULT '',
    legal_basis         varchar(40) NOT NULL DEFAULT '',
    requests            bigint      NOT NULL CHECK (requests >= 0),
    fees_charged        numeric(14, 2) NOT NULL DEFAULT 0,
    fees_waived         bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kind, applicant_type, applicant_sub_type, outcome, legal_basis)
);
