-- An item's postings are only ever read and written with its facts, a page of items at a time
-- (bench/stats): they move into the item's row ('PORTAL=2022-03-01;WECHAT=2022-03-02', by channel),
-- so that a page reads its items with one statement and writes them with one.
ALTER TABLE item_fact ADD COLUMN postings text NOT NULL DEFAULT '';
UPDATE item_fact f SET postings = p.postings
FROM (SELECT item_id, string_agg(channel || '=' || day, ';' ORDER BY channel) AS postings
      FROM item_posting_fact GROUP BY item_id) p
WHERE p.item_id = f.item_id;
DROP TABLE item_posting_fact;
