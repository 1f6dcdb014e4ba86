-- The consumer side of the producers' event feeds (docs/architecture.md, "Events"): where each feed's
-- reader stands, which events were applied (idempotency by event id), and the events it could not apply.
CREATE TABLE feed_cursor (
    feed            varchar(40) PRIMARY KEY,
    position        varchar(60) NOT NULL DEFAULT '0',
    head            varchar(60) NOT NULL DEFAULT '0',
    lag             bigint      NOT NULL DEFAULT 0,
    applied         bigint      NOT NULL DEFAULT 0,
    last_polled_at  timestamptz,
    last_error      varchar(500),
    version         bigint      NOT NULL DEFAULT 0
);

CREATE TABLE applied_event (
    event_id    uuid PRIMARY KEY,
    feed        varchar(40) NOT NULL,
    position    varchar(60) NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- An event the consumer could not apply: the feed stops before it until an admin retries or skips it.
CREATE TABLE dead_letter (
    id           uuid PRIMARY KEY,
    feed         varchar(40)  NOT NULL,
    event_id     uuid,
    position     varchar(60)  NOT NULL,
    type         varchar(60),
    reason       varchar(1000) NOT NULL,
    payload      text,
    attempts     integer      NOT NULL DEFAULT 1,
    received_at  timestamptz  NOT NULL,
    decision     varchar(10)  CHECK (decision IN ('RETRY', 'SKIP')),
    decided_at   timestamptz,
    decided_by   varchar(200),
    version      bigint       NOT NULL DEFAULT 0
);
CREATE INDEX dead_letter_open ON dead_letter (feed) WHERE decision IS NULL;

-- Derived figures, kept pre-aggregated so that no query counts raw rows. item_fact and item_posting_fact
-- hold what each published item contributes; channel_daily is the sum of those contributions.
CREATE TABLE item_fact (
    item_id         uuid PRIMARY KEY,
    status          varchar(10) NOT NULL,
    published_on    date,
    unit            varchar(40) NOT NULL,
    category        integer     NOT NULL DEFAULT 0,
    checklist_item  varchar(10),
    audience        varchar(10) NOT NULL
);

CREATE TABLE item_posting_fact (
    item_id  uuid        NOT NULL REFERENCES item_fact (item_id),
    channel  varchar(40) NOT NULL,
    day      date        NOT NULL,
    PRIMARY KEY (item_id, channel)
);

CREATE TABLE channel_daily (
    channel   varchar(40) NOT NULL,
    day       date        NOT NULL,
    unit      varchar(40) NOT NULL,
    category  integer     NOT NULL,
    items     bigint      NOT NULL CHECK (items >= 0),
    PRIMARY KEY (channel, day, unit, category)
);
CREATE INDEX channel_daily_day ON channel_daily (day);
