-- The epoch of an account's tokens: disabling, enabling and every password change raise it, and a login token
-- carries the epoch it was issued in, so that every token issued before such a change is refused.
ALTER TABLE staff_account ADD COLUMN token_epoch integer NOT NULL DEFAULT 0;
