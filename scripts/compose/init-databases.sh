#!/usr/bin/env bash
# Run once by the postgres:17 image on a new volume: one database and one role per service.
set -euo pipefail
for service in gateway disclosure inquiry stats; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v service="$service" -v password="$GONGKAI_DB_PASSWORD" <<'SQL'
CREATE ROLE :"service" LOGIN PASSWORD :'password';
CREATE DATABASE :"service" OWNER :"service" ENCODING 'UTF8' TEMPLATE template0;
SQL
done
