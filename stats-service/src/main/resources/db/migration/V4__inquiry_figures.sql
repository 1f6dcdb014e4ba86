-- Petitions, cases and evaluations as daily counts: each of their events adds one to one count (the
-- events carry everything the figures need), so a period's figures are sums, never a count of rows.
-- dims is the count's breakdown, e.g. 'channel=PRESIDENT_MAILBOX;group=LEADERS_MAILBOXES'.
CREATE TABLE figure_daily (
    day     date         NOT NULL,
    figure  varchar(40)  NOT NULL,
    dims    varchar(300) NOT NULL,
    count   bigint       NOT NULL CHECK (count >= 0),
    PRIMARY KEY (figure, day, dims)
);
