-- Disclosure requests (依申请公开): the request with its applicant, the clarification pauses of its clock,
-- its history, the per-year counter behind gapless tracking numbers, and the outbox of its events.

-- tracking numbers YSQ-<year>-<n>: the row of a year is locked by the transaction that takes the next n,
-- so numbers are unique, and gapless because a rolled-back intake rolls its number back too
CREATE TABLE request_counter (
    year integer PRIMARY KEY,
    last integer NOT NULL
);

CREATE TABLE request (
    id                      uuid PRIMARY KEY,
    tracking_no             varchar(20) NOT NULL UNIQUE,
    status                  varchar(30) NOT NULL,
    channel                 varchar(20) NOT NULL,
    received_at             timestamptz NOT NULL,
    effective_receipt       date NOT NULL,
    due_date                date,
    extension_days          integer NOT NULL DEFAULT 0,
    extension_reason        varchar(1000),
    extension_approver      varchar(100),
    applicant_type          varchar(20) NOT NULL,
    applicant_sub_type      varchar(20),
    applicant_name          varchar(200) NOT NULL,
    applicant_id_number     varchar(50),
    applicant_phone         varchar(50),
    applicant_email         varchar(200),
    applicant_address       varchar(500),
    description             varchar(5000) NOT NULL,
    document_number         varchar(200),
    document_date           date,
    purpose                 varchar(1000),
    delivery_form           varchar(20) NOT NULL,
    delivery_method         varchar(20) NOT NULL,
    own_information         boolean NOT NULL,
    identity_verified       boolean NOT NULL DEFAULT false,
    handler                 varchar(100),
    outcome                 varchar(40),
    legal_basis             varchar(40),
    reply_text              varchar(10000),
    reply_delivery_form     varchar(20),
    fee_amount              numeric(10, 2),
    fee_waived              boolean,
    fee_deadline            date,
    clarification_deadline  date,
    answered_at             timestamptz,
    ended_at                timestamptz,
    access_code_hash        varchar(64) NOT NULL,
    idempotency_key         varchar(200) UNIQUE,
    request_hash            varchar(64),
    version                 bigint NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_list ON request (received_at DESC, id DESC);
CREATE INDEX request_open_due ON request (due_date) WHERE status IN ('RECEIVED', 'ACCEPTED', 'EXTENDED', 'AWAITING_FEE');
CREATE INDEX request_waiting ON request (status) WHERE status IN ('AWAITING_CLARIFICATION', 'AWAITING_FEE');

-- each request for clarification; clarified_at stays null while the applicant has not answered
CREATE TABLE request_pause (
    id            bigserial PRIMARY KEY,
    request_id    uuid NOT NULL REFERENCES request (id),
    asked_at      timestamptz NOT NULL,
    clarified_at  timestamptz
);
CREATE INDEX request_pause_request ON request_pause (request_id);

CREATE TABLE request_history (
    id          bigserial PRIMARY KEY,
    request_id  uuid NOT NULL REFERENCES request (id),
    at          timestamptz NOT NULL,
    step        varchar(30) NOT NULL,
    actor_role  varchar(20) NOT NULL,
    actor       varchar(100),
    reason      varchar(2000)
);
CREATE INDEX request_history_request ON request_history (request_id, id);

-- The outbox every event producer applies in its own Flyway migration (copy this table as it is).
-- One row per event, written in the transaction of the change; the feed orders by (xid, seq) and
-- serves only xid < pg_snapshot_xmin(pg_current_snapshot()), so no row appears behind a served position.
CREATE TABLE outbox (
    seq           bigserial NOT NULL,
    xid           xid8 NOT NULL DEFAULT pg_current_xact_id(),
    id            uuid NOT NULL UNIQUE,
    type          varchar(60) NOT NULL,
    aggregate_id  uuid NOT NULL,
    occurred_at   timestamptz NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    payload       jsonb NOT NULL,
    PRIMARY KEY (xid, seq)
);
