#!/usr/bin/env bash
# Makes the demo staff accounts of the staff console beside the admin, once, through the gateway's accounts API:
# a disclosure-request handler, a petition handler, an auditor and the head of the disclosure office (who approves
# extensions: today the admin role). Their passwords are generated here and kept in the credentials file, like the
# admin's; an account that exists without a kept password (the file was removed) gets a new one.
# usage: scripts/demo-data/accounts.sh GATEWAY_URL CREDENTIALS_FILE
set -euo pipefail
GATEWAY=${1:?usage: accounts.sh GATEWAY_URL CREDENTIALS_FILE}
CREDENTIALS=${2:?usage: accounts.sh GATEWAY_URL CREDENTIALS_FILE}
set -a; . "$CREDENTIALS"; set +a

# variable prefix, username, role
ACCOUNTS=("GONGKAI_DEMO_HANDLER handler handler" "GONGKAI_DEMO_PETITION_HANDLER petition.handler handler"
  "GONGKAI_DEMO_AUDITOR auditor auditor" "GONGKAI_DEMO_HEAD office.head admin")

field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" | head -1; }

TOKEN=""
for _ in $(seq 1 20); do
  TOKEN=$(curl -sS -X POST "$GATEWAY/api/v1/auth/token" -H 'Content-Type: application/json' \
    --data-binary "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD\"}" | field accessToken)
  [ -n "$TOKEN" ] && break
  sleep 1
done
[ -n "$TOKEN" ] || { echo "accounts.sh: the demo admin could not log in" >&2; exit 1; }

umask 077
for spec in "${ACCOUNTS[@]}"; do
  read -r var username role <<<"$spec"
  password_var="${var}_PASSWORD"
  [ -n "${!password_var:-}" ] && continue
  password=$(openssl rand -base64 18 | tr -d '/+=' | cut -c1-20)
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$GATEWAY/api/v1/admin/accounts" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "{\"username\":\"$username\",\"password\":\"$password\",\"role\":\"$role\"}")
  if [ "$status" = 409 ]; then
    status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$GATEWAY/api/v1/admin/accounts/$username/password" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "{\"password\":\"$password\"}")
  fi
  [ "${status:0:1}" = 2 ] || { echo "accounts.sh: the account $username could not be made ($status)" >&2; exit 1; }
  printf '%s_USER=%s\n%s=%s\n' "$var" "$username" "$password_var" "$password" >> "$CREDENTIALS"
  echo "accounts.sh: made the demo account $username ($role)"
done
