-- Published items (主动公开), their postings per channel, their audit history, and the outbox.

CREATE TABLE item (
    id               uuid PRIMARY KEY,
    title            varchar(500) NOT NULL,
    summary          varchar(2000),
    body             text,
    checklist        varchar(20),
    checklist_item   varchar(10),
    category         integer CHECK (category BETWEEN 1 AND 99),
    unit             varchar(40) NOT NULL REFERENCES unit (code),
    audience         varchar(10) NOT NULL CHECK (audience IN ('PUBLIC', 'CAMPUS')),
    status           varchar(10) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at     timestamptz,
    produced_at      date,
    withdrawn_at     timestamptz,
    withdraw_reason  varchar(1000),
    attachments      jsonb NOT NULL DEFAULT '[]',
    source           varchar(40) REFERENCES source_system (code),
    external_id      varchar(200),
    content_hash     varchar(64),
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    -- listing order: business time of publication, else creation
    listed_at        timestamptz GENERATED ALWAYS AS (coalesce(published_at, created_at)) STORED,
    -- overlapping CJK bigrams + Latin words, weighted A title / B summary / D body (computed in Java)
    search_vector    tsvector NOT NULL DEFAULT ''::tsvector,
    -- the item as GET /api/v1/items/{id} answers it, and as a list entry: rebuilt on every write
    view_json        text NOT NULL,
    summary_json     text NOT NULL,
    FOREIGN KEY (checklist, checklist_item) REFERENCES checklist_item (checklist, item_no),
    CHECK ((source IS NULL) = (external_id IS NULL)),
    CHECK ((checklist IS NULL) = (checklist_item IS NULL))
);

CREATE UNIQUE INDEX item_source_external_id ON item (source, external_id) WHERE source IS NOT NULL;
CREATE INDEX item_search ON item USING gin (search_vector);
CREATE INDEX item_listed ON item (listed_at DESC, id DESC);
CREATE INDEX item_public_listed ON item (listed_at DESC, id DESC) WHERE status = 'PUBLISHED' AND audience = 'PUBLIC';
CREATE INDEX item_category_listed ON item (category, listed_at DESC, id DESC);
CREATE INDEX item_unit_listed ON item (unit, listed_at DESC, id DESC);
CREATE INDEX item_checklist_published ON item (checklist, checklist_item, published_at) WHERE status = 'PUBLISHED';

CREATE TABLE item_posting (
    item_id    uuid NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    channel    varchar(40) NOT NULL REFERENCES channel (code),
    url        varchar(2000),
    posted_at  timestamptz NOT NULL,
    PRIMARY KEY (item_id, channel)
);
CREATE INDEX item_posting_channel ON item_posting (channel, item_id);

-- Who changed what and when (actor = token subject; never request bodies).
CREATE TABLE item_history (
    seq        bigserial PRIMARY KEY,
    item_id    uuid NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    version    bigint NOT NULL,
    at         timestamptz NOT NULL,
    actor      varchar(200) NOT NULL,
    action     varchar(40) NOT NULL,
    changed    text[] NOT NULL DEFAULT '{}',
    reason     varchar(1000)
);
CREATE INDEX item_history_item ON item_history (item_id, seq);

-- Transactional outbox: one row per event, written in the transaction of the change.
-- The feed orders by (xid, seq) and serves only xid < pg_snapshot_xmin(pg_current_snapshot()).
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
