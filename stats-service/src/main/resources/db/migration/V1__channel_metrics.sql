-- Channel figures that are not individual items in Gongkai ("300 articles in external media"):
-- pushed per channel, period and source system by whoever knows them (RULES.md).
CREATE TABLE channel_metric (
    id           uuid PRIMARY KEY,
    channel      varchar(40)  NOT NULL,
    granularity  varchar(20)  NOT NULL CHECK (granularity IN ('DAY', 'MONTH', 'ACADEMIC_YEAR')),
    period_start date         NOT NULL,
    period_end   date         NOT NULL CHECK (period_end >= period_start),
    count        bigint       NOT NULL CHECK (count >= 0),
    source       varchar(60)  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT channel_metric_one_per_period UNIQUE (channel, granularity, period_start, source)
);
CREATE INDEX channel_metric_period ON channel_metric (period_start, period_end);
