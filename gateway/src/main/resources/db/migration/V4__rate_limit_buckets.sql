-- Bucket4j's token buckets of the limits every gateway instance shares (sign-ins, failed API key lookups): one row
-- per key (e.g. "login:u:admin|203.0.113.7"), its state serialised by Bucket4j, and when it may be removed (epoch ms;
-- a full bucket holds nothing a new one would not).
CREATE TABLE rate_limit_bucket (
    id          varchar(300) PRIMARY KEY,
    state       bytea,
    expires_at  bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
