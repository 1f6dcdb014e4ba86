-- A history line carries a code with its parameters (JSON) beside its readable text, so that the public
-- column can say it in Chinese; a step entered after the fact keeps when it was entered (recorded_at)
-- beside when it happened (at).
ALTER TABLE request_history ADD COLUMN code varchar(40), ADD COLUMN params text, ADD COLUMN recorded_at timestamptz;
ALTER TABLE petition_history ADD COLUMN code varchar(40), ADD COLUMN params text;
