-- Rotation of staff tokens: the jti of every token that was refreshed, until it expires. Inserting it is the claim
-- (the primary key makes a second refresh of the same token fail, on every instance at once).
CREATE TABLE refreshed_token (
    jti        text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX refreshed_token_expires_at ON refreshed_token (expires_at);
