-- A year's report as an admin froze it, in both filing formats with its annex, stored whole (the report's JSON, from
-- which every rendering is made): later events never change it. The live figures stay queryable, and the diff
-- compares the two.
CREATE TABLE report_freeze (
    year       integer      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    moe        text         NOT NULL,
    gov        text         NOT NULL,
    frozen_at  timestamptz  NOT NULL,
    frozen_by  varchar(200) NOT NULL
);
