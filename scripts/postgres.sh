#!/usr/bin/env bash
# Provides the PostgreSQL that Gongkai needs, and says how to reach it.
#
# usage: scripts/postgres.sh [ensure|stop|status|settings|env|psql|recreate-db NAME...|remove]
#   ensure        use GONGKAI_DB_URL / PG* if that server answers; else start (or reuse) a private
#                 cluster of the installed binaries under .data/postgres (installing them with apt-get
#                 when root and missing); else a postgres:17 container if Docker works. Creates the
#                 databases gateway, disclosure, inquiry, stats. Safe to run twice.
#   stop          stops the private cluster or container this script started (nothing else)
#   status        says which server is in use
#   settings      prints the server's fsync, full_page_writes and synchronous_commit (after ensure)
#   env           prints the GONGKAI_DB_* variables to export (after ensure)
#   psql          opens psql on the server (extra arguments are passed on)
#   recreate-db   drops and creates the named databases (tests use fresh ones each run)
#   remove        stops and deletes the private cluster of a GONGKAI_PG_INSTANCE (never the default one)
# GONGKAI_PG_DURABILITY=durable (the default) runs a private cluster with PostgreSQL's durable defaults:
# the cluster run.sh keeps data in must survive a power cut. GONGKAI_PG_DURABILITY=fast (test.sh, e2e.sh,
# faults.sh) runs fsync, synchronous_commit and full_page_writes off, in a cluster of its own
# (.data/postgres-fast), so that tests never weaken the cluster that holds data. A running cluster
# whose settings differ from the asked ones is restarted with the asked ones.
# GONGKAI_PG_INSTANCE=name keeps a second private cluster of its own (.data/postgres-name) and never
# uses an external server: the fault suite stops and starts it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA="$ROOT/.data"
INSTANCE=${GONGKAI_PG_INSTANCE:-}
DURABILITY=${GONGKAI_PG_DURABILITY:-durable}
case "$DURABILITY" in
  durable) DURABLE_SETTINGS="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"; EXPECTED=on,on,on ;;
  fast) DURABLE_SETTINGS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"; EXPECTED=off,off,off ;;
  *) echo "postgres.sh: GONGKAI_PG_DURABILITY must be durable or fast, not '$DURABILITY'" >&2; exit 2 ;;
esac
# the private cluster's name: the instance's, or "fast" for the test clusters, or none for the data cluster
CLUSTER=${INSTANCE:-$([ "$DURABILITY" = fast ] && echo fast || true)}
ENV_FILE="$DATA/postgres${CLUSTER:+-$CLUSTER}.env"
DATABASES=(gateway disclosure inquiry stats)
DB_USER=gongkai
CONTAINER=gongkai-postgres

die() { echo "postgres.sh: $*" >&2; exit 1; }
log() { echo "postgres.sh: $*" >&2; }

# --- where the private cluster lives ------------------------------------------------------------
cluster_dir() {
  # the postgres OS account must be able to reach the cluster; a repo under /root may not be
  local dir="$DATA/postgres${CLUSTER:+-$CLUSTER}"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$DATA" 2>/dev/null; then
    dir="/var/tmp/gongkai-postgres-$(printf '%s' "$ROOT" | md5sum | cut -c1-10)${CLUSTER:+-$CLUSTER}"
  fi
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bindir() {
  local candidate
  if command -v pg_config >/dev/null 2>&1; then
    candidate=$(pg_config --bindir 2>/dev/null || true)
    [ -x "$candidate/initdb" ] && { echo "$candidate"; return; }
  fi
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$candidate/initdb" ] && { echo "$candidate"; return; }
  done
  return 1
}

install_binaries() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL server binaries not found; installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || log "apt-get update failed; trying the install anyway"
    apt-get install -y -qq postgresql postgresql-contrib >&2 || return 1
    # Debian's package starts its own cluster on 5432; we keep ours private, so leave that one alone.
    return 0
  fi
  return 1
}

free_port() {
  local port=${1:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

write_env() { # host port user password mode
  mkdir -p "$DATA"
  umask 077
  cat > "$ENV_FILE" <<ENV
GONGKAI_DB_HOST=$1
GONGKAI_DB_PORT=$2
GONGKAI_DB_USER=$3
GONGKAI_DB_PASSWORD=$4
GONGKAI_DB_MODE=$5
ENV
}

load_env() {
  [ -f "$ENV_FILE" ] || return 1
  # shellcheck disable=SC1090
  set -a; . "$ENV_FILE"; set +a
}

cluster_settings() { # port: fsync,full_page_writes,synchronous_commit of the private cluster on it
  psql -h 127.0.0.1 -p "$1" -U "$DB_USER" -d postgres -Atqc \
    "select string_agg(setting, ',' order by name) from pg_settings where name in ('fsync', 'full_page_writes', 'synchronous_commit')" 2>/dev/null || true
}

answers() { # host port user password
  PGPASSWORD="$4" PGCONNECT_TIMEOUT=3 psql -h "$1" -p "$2" -U "$3" -d postgres -Atqc 'select 1' >/dev/null 2>&1
}

admin_psql() {
  PGPASSWORD="$GONGKAI_DB_PASSWORD" psql -h "$GONGKAI_DB_HOST" -p "$GONGKAI_DB_PORT" -U "$GONGKAI_DB_USER" \
    -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
}

create_databases() {
  local db
  for db in "$@"; do
    if [ -z "$(admin_psql -c "select 1 from pg_database where datname = '$db'")" ]; then
      admin_psql -c "create database \"$db\" encoding 'UTF8' template template0" >/dev/null
      log "created database $db"
    fi
  done
}

# --- the three ways to have a server ------------------------------------------------------------
use_external() {
  local host port user password
  [ -n "$INSTANCE" ] && return 1
  if [ -n "${GONGKAI_DB_URL:-}" ]; then
    # postgresql://user[:password]@host[:port][/...]
    [[ "$GONGKAI_DB_URL" =~ ^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/]+)(:([0-9]+))?(/.*)?$ ]] \
      || die "GONGKAI_DB_URL must look like postgresql://user:password@host:port"
    user=${BASH_REMATCH[2]}; password=${BASH_REMATCH[4]}; host=${BASH_REMATCH[5]}; port=${BASH_REMATCH[7]:-5432}
  elif [ -n "${PGHOST:-}" ]; then
    host=$PGHOST; port=${PGPORT:-5432}; user=${PGUSER:-$DB_USER}; password=${PGPASSWORD:-}
  else
    return 1
  fi
  if answers "$host" "$port" "$user" "$password"; then
    write_env "$host" "$port" "$user" "$password" external
    log "using the PostgreSQL server at $host:$port"
    return 0
  fi
  die "the server named by GONGKAI_DB_URL/PGHOST ($host:$port) does not answer"
}

start_cluster() {
  local bindir dir port
  bindir=$(find_bindir) || { install_binaries && bindir=$(find_bindir); } || return 1
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root needs the 'postgres' OS account (it comes with Debian's postgresql package)"
  fi
  dir=$(cluster_dir)
  if [ ! -s "$dir/PG_VERSION" ]; then
    log "creating a private cluster in $dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    as_owner "$bindir/initdb" -D "$dir" --encoding=UTF8 --locale=C.UTF-8 --auth=trust \
      --username="$DB_USER" >"$DATA/postgres-initdb.log" 2>&1 \
      || die "initdb failed; see $DATA/postgres-initdb.log"
  fi
  if as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    port=$(cat "$dir/gongkai.port")
    # a cluster started with other settings (a cluster of an older version of this script ran
    # fsync=off) is restarted with the asked ones
    if [ "$(cluster_settings "$port")" != "$EXPECTED" ]; then
      log "restarting the private cluster with $DURABILITY settings"
      as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || die "PostgreSQL would not stop; see $dir/server.log"
    fi
  fi
  if ! as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    port=$(free_port "$(cat "$dir/gongkai.port" 2>/dev/null || if [ -n "$INSTANCE" ]; then echo 56432; elif [ -n "$CLUSTER" ]; then echo 57432; else echo 55432; fi)")
    as_owner sh -c "echo $port > '$dir/gongkai.port'"
    # files written while fsync was off may sit in the page cache only: flush them before durable
    # settings promise anything (a cluster without the mark is one of an older version: fast)
    if [ "$DURABILITY" = durable ] && [ "$(cat "$dir/gongkai.durability" 2>/dev/null || echo fast)" != durable ]; then
      as_owner "$bindir/initdb" --sync-only -D "$dir" >/dev/null 2>&1 || die "could not flush $dir to disk (initdb --sync-only)"
    fi
    as_owner sh -c "echo $DURABILITY > '$dir/gongkai.durability'"
    as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c max_connections=300 -c shared_buffers=256MB $DURABLE_SETTINGS" >/dev/null \
      || die "PostgreSQL would not start; see $dir/server.log"
    log "started PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($DURABILITY)"
  fi
  write_env 127.0.0.1 "$port" "$DB_USER" "" cluster
}

start_container() {
  command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1 || return 1
  local port
  if ! docker ps --format '{{.Names}}' | grep -qx "$CONTAINER"; then
    port=$(free_port 55432)
    docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
    docker run -d --name "$CONTAINER" -p "127.0.0.1:$port:5432" -e POSTGRES_USER="$DB_USER" \
      -e POSTGRES_HOST_AUTH_METHOD=trust -e POSTGRES_INITDB_ARGS="--encoding=UTF8 --locale=C.UTF-8" \
      -v gongkai-postgres:/var/lib/postgresql/data postgres:17 >/dev/null
  fi
  port=$(docker port "$CONTAINER" 5432 | head -1 | sed 's/.*://')
  for _ in $(seq 1 60); do answers 127.0.0.1 "$port" "$DB_USER" "" && break; sleep 1; done
  write_env 127.0.0.1 "$port" "$DB_USER" "" container
}

ensure() {
  mkdir -p "$DATA"
  command -v psql >/dev/null 2>&1 || install_binaries || true
  if ! use_external; then
    start_cluster || { [ -z "$INSTANCE" ] && start_container; } || die "no PostgreSQL: install the server (Debian: apt-get install postgresql), \
or point GONGKAI_DB_URL=postgresql://user:password@host:port at one, or make Docker available"
  fi
  load_env
  create_databases "${DATABASES[@]}"
}

stop() {
  load_env || { log "nothing to stop"; return 0; }
  case "$GONGKAI_DB_MODE" in
    cluster)
      local bindir dir; bindir=$(find_bindir); dir=$(cluster_dir)
      if as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null && log "stopped the private cluster"
      fi ;;
    container) docker stop "$CONTAINER" >/dev/null && log "stopped the container" ;;
    *) log "the server is external; not stopping it" ;;
  esac
}

case "${1:-ensure}" in
  ensure) ensure ;;
  stop) stop ;;
  status) load_env && echo "$GONGKAI_DB_MODE server at $GONGKAI_DB_HOST:$GONGKAI_DB_PORT" || echo "not provisioned" ;;
  env) load_env || die "run 'scripts/postgres.sh ensure' first"; sed 's/^/export /' "$ENV_FILE" ;;
  psql) shift; load_env || die "run 'scripts/postgres.sh ensure' first"
        PGPASSWORD="$GONGKAI_DB_PASSWORD" exec psql -h "$GONGKAI_DB_HOST" -p "$GONGKAI_DB_PORT" -U "$GONGKAI_DB_USER" "$@" ;;
  settings) load_env || die "run 'scripts/postgres.sh ensure' first"
        admin_psql -c "select name || '=' || setting from pg_settings where name in ('fsync', 'full_page_writes', 'synchronous_commit') order by name" ;;
  remove) [ -n "$INSTANCE" ] || die "remove deletes a GONGKAI_PG_INSTANCE's cluster only"
        stop; rm -rf "$(cluster_dir)"; rm -f "$ENV_FILE" ;;
  recreate-db) shift; load_env || die "run 'scripts/postgres.sh ensure' first"
        for db in "$@"; do admin_psql -c "drop database if exists \"$db\" with (force)" >/dev/null; done
        create_databases "$@" ;;
  -h|--help|help) sed -n '2,22p' "$0" ;;
  *) die "unknown command '$1' (try --help)" ;;
esac
