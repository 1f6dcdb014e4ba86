-- Complaints (举报), administrative reviews (复议) and lawsuits (诉讼) about the disclosure work, for the
-- government report's table 四; and the public's evaluations (评议) of the disclosure work.
CREATE TABLE disclosure_case (
    id               uuid PRIMARY KEY,
    kind             varchar(20) NOT NULL CHECK (kind IN ('COMPLAINT', 'REVIEW', 'LAWSUIT')),
    lawsuit_route    varchar(20) CHECK (lawsuit_route IN ('DIRECT', 'AFTER_REVIEW')),
    received_on      date NOT NULL,
    subject          varchar(500) NOT NULL,
    related_request  varchar(20),
    status           varchar(10) NOT NULL,
    result           varchar(20) CHECK (result IN ('UPHELD', 'CORRECTED', 'OTHER')),
    closed_on        date,
    note             varchar(2000),
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'LAWSUIT') = (lawsuit_route IS NOT NULL))
);
CREATE INDEX disclosure_case_list ON disclosure_case (received_on DESC, id DESC);

CREATE TABLE evaluation (
    id           uuid PRIMARY KEY,
    rating       integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      varchar(1000),
    received_at  timestamptz NOT NULL
);
CREATE INDEX evaluation_received ON evaluation (received_at);
