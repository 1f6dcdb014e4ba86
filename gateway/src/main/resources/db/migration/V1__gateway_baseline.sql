-- The gateway's own database: API keys of source systems and local staff accounts live here
-- (tables come with the gateway issue). This baseline only records who owns the schema.
COMMENT ON SCHEMA public IS 'Gongkai gateway: API keys, staff accounts, routing';
