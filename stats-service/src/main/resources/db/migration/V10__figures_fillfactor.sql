-- The consumer updates the same counts and facts page after page (bench/stats): room left in each page lets
-- PostgreSQL update a row in place (a HOT update, no new index entry) when its keys do not change.
ALTER TABLE channel_daily SET (fillfactor = 70);
ALTER TABLE item_fact SET (fillfactor = 80);
ALTER TABLE request_fact SET (fillfactor = 80);
ALTER TABLE request_daily SET (fillfactor = 70);
ALTER TABLE figure_daily SET (fillfactor = 70);
