-- Bucket4j's buckets (wrong access codes, public submissions), shared by every instance and kept across
-- restarts; a row whose bucket is full again (expires_at, epoch millis) is deleted by LimitStore's sweep.
CREATE TABLE limit_bucket (
    id          varchar(200) PRIMARY KEY,
    state       bytea,
    expires_at  bigint
);
CREATE INDEX limit_bucket_expires ON limit_bucket (expires_at);
