-- API keys of source systems and dashboards: the secret is never stored, only its SHA-256
-- (the secret is 256 random bits, so a slow hash adds nothing; lookup is by the id inside the secret).
CREATE TABLE api_key (
    id                     uuid PRIMARY KEY,
    name                   varchar(100) NOT NULL,
    scopes                 varchar(500) NOT NULL,
    source                 varchar(64),
    secret_hash            varchar(64)  NOT NULL,
    rate_limit_per_minute  integer,
    created_at             timestamptz  NOT NULL,
    created_by             varchar(100) NOT NULL,
    revoked_at             timestamptz,
    last_used_at           timestamptz
);
CREATE INDEX api_key_created_at ON api_key (created_at);

-- Local staff accounts (for campuses without single sign-on); passwords as bcrypt hashes.
CREATE TABLE staff_account (
    id             uuid PRIMARY KEY,
    username       varchar(100) NOT NULL,
    password_hash  varchar(100) NOT NULL,
    role           varchar(20)  NOT NULL CHECK (role IN ('admin', 'editor', 'handler', 'auditor')),
    unit           varchar(100),
    created_at     timestamptz  NOT NULL,
    disabled       boolean      NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX staff_account_username ON staff_account (lower(username));
