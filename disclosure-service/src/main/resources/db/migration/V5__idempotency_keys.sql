-- Idempotency-Key of creates (ARCHITECTURE.md, conventions): a client that retries POST /api/v1/items with
-- the same key and the same body gets the item its first attempt created, not a second one. A key belongs
-- to the caller that sent it and is remembered for 24 hours.
CREATE TABLE idempotency_key (
    caller       varchar(200) NOT NULL,
    key          varchar(200) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    item_id      uuid         NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
