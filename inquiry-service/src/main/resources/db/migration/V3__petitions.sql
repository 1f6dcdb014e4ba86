-- Petitions (信访) and feedback: channels and categories as reference data, the petition, its history,
-- and the per-year counter behind gapless XF-<year>-<n> numbers (as for requests).

-- report_group: channels the annual report counts together (the seed: 党委书记信箱、校长信箱与公开电话 122)
CREATE TABLE petition_channel (
    code                varchar(40) PRIMARY KEY,
    name                varchar(100) NOT NULL,
    report_group        varchar(40) NOT NULL,
    report_group_name   varchar(100) NOT NULL,
    reply_working_days  integer CHECK (reply_working_days BETWEEN 1 AND 120),
    active              boolean NOT NULL DEFAULT true,
    position            integer NOT NULL DEFAULT 0,
    version             bigint NOT NULL DEFAULT 0
);

INSERT INTO petition_channel (code, name, report_group, report_group_name, position) VALUES
    ('PARTY_SECRETARY_MAILBOX', '党委书记信箱', 'MAILBOXES_AND_PHONE', '党委书记信箱、校长信箱与公开电话', 10),
    ('PRESIDENT_MAILBOX', '校长信箱', 'MAILBOXES_AND_PHONE', '党委书记信箱、校长信箱与公开电话', 20),
    ('PUBLIC_TELEPHONE', '公开电话', 'MAILBOXES_AND_PHONE', '党委书记信箱、校长信箱与公开电话', 30),
    ('SERVICE_HALL', '党群服务大厅信访管理流程', 'SERVICE_HALL', '党群服务大厅信访管理流程', 40),
    ('CAMPUS_123', '校园123流程', 'CAMPUS_123', '校园123流程', 50),
    ('EPIDEMIC_HOTLINE', '疫情防控24小时热线', 'EPIDEMIC_HOTLINE', '疫情防控24小时热线', 60),
    ('EMAIL', '电子邮件', 'OTHER', '其他渠道', 70),
    ('LETTER', '来信', 'OTHER', '其他渠道', 80),
    ('VISIT', '来访', 'OTHER', '其他渠道', 90);

CREATE TABLE petition_category (
    code      varchar(40) PRIMARY KEY,
    name      varchar(100) NOT NULL,
    position  integer NOT NULL DEFAULT 0
);

INSERT INTO petition_category (code, name, position) VALUES
    ('TEACHING', '教学', 10),
    ('CAMPUS_SERVICES', '校园服务', 20),
    ('ADMISSIONS', '招生', 30),
    ('FINANCE', '财务', 40),
    ('STAFF', '人事', 50),
    ('OTHER', '其他', 60);

CREATE TABLE petition_counter (
    year integer PRIMARY KEY,
    last integer NOT NULL
);

CREATE TABLE petition (
    id                uuid PRIMARY KEY,
    tracking_no       varchar(20) NOT NULL UNIQUE,
    status            varchar(20) NOT NULL,
    channel           varchar(40) NOT NULL REFERENCES petition_channel (code),
    category          varchar(40) NOT NULL REFERENCES petition_category (code),
    subject           varchar(200) NOT NULL,
    content           varchar(10000) NOT NULL,
    contact_name      varchar(200),
    contact_phone     varchar(50),
    contact_email     varchar(200),
    received_at       timestamptz NOT NULL,
    due_date          date NOT NULL,
    unit              varchar(100),
    reply_text        varchar(10000),
    replied_at        timestamptz,
    satisfaction      varchar(30),
    closed_at         timestamptz,
    access_code_hash  varchar(64) NOT NULL,
    version           bigint NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX petition_list ON petition (received_at DESC, id DESC);
CREATE INDEX petition_open_due ON petition (due_date) WHERE status IN ('RECEIVED', 'ASSIGNED');

CREATE TABLE petition_history (
    id           bigserial PRIMARY KEY,
    petition_id  uuid NOT NULL REFERENCES petition (id),
    at           timestamptz NOT NULL,
    step         varchar(20) NOT NULL,
    actor_role   varchar(20) NOT NULL,
    actor        varchar(100),
    reason       varchar(2000)
);
CREATE INDEX petition_history_petition ON petition_history (petition_id, id);
