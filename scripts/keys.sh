#!/usr/bin/env bash
# Makes the gateway's JWT signing key pair (RS256), stats-service's service credential for the
# producers' event feeds (a random secret; the producers get only its SHA-256), and the hop credentials:
# web's and console's (sent to the gateway with a visitor's address; the gateway gets only their SHA-256) and
# the gateway's (sent to the services with the address it forwards; they get only its SHA-256), , the staff
# console's session key (AES-256, base64) and web's key for signing its form tokens, under .data/keys, once. Never committed.
# usage: scripts/keys.sh [dir]     (default .data/keys)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${1:-$ROOT/.data/keys}
command -v openssl >/dev/null 2>&1 || { echo "keys.sh: openssl is needed (Debian: apt-get install openssl)" >&2; exit 1; }
mkdir -p "$DIR"
if [ ! -s "$DIR/jwt-private.pem" ] || [ ! -s "$DIR/jwt-public.pem" ]; then
  umask 077
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$DIR/jwt-private.pem" -pubout -out "$DIR/jwt-public.pem" 2>/dev/null
  chmod 644 "$DIR/jwt-public.pem"
  echo "keys.sh: generated the gateway's JWT key pair in $DIR" >&2
fi
if [ ! -s "$DIR/stats-feed-credential" ]; then
  umask 077
  openssl rand -hex 32 > "$DIR/stats-feed-credential"
  echo "keys.sh: generated stats-service's feed credential in $DIR" >&2
fi
for hop in web console gateway; do
  if [ ! -s "$DIR/$hop-hop-credential" ]; then
    umask 077
    openssl rand -hex 32 > "$DIR/$hop-hop-credential"
    echo "keys.sh: generated the $hop hop credential in $DIR" >&2
  fi
done
if [ ! -s "$DIR/console-session-key" ]; then
  umask 077
  openssl rand -base64 32 > "$DIR/console-session-key"
  echo "keys.sh: generated the staff console's session key in $DIR" >&2
fi
if [ ! -s "$DIR/web-csrf-key" ]; then
  umask 077
  openssl rand -hex 32 > "$DIR/web-csrf-key"
  echo "keys.sh: generated web's form token key in $DIR" >&2
fi
