-- Checklist items that do not apply to the institution in a year ("50条事项中33条与学校相关"): the annex says so
-- instead of listing them as not published.
CREATE TABLE report_not_applicable (
    year       integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    item_no    varchar(10)  NOT NULL,
    reason     varchar(500) NOT NULL,
    marked_at  timestamptz  NOT NULL,
    marked_by  varchar(200) NOT NULL,
    PRIMARY KEY (year, item_no)
);
