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
