#!/usr/bin/env bash
# End-to-end security checks of the gateway and the services together (issue: gateway, security
# tests): a second stack on ports 28080-28085 with databases of its own, the demo data loaded through
# the API, then every kind of caller tried. Prints "N passed, M failed"; exits non-zero on a failure.
# usage: scripts/e2e.sh          (the jars and api-client must be built: ./mvnw package, or test.sh's verify)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# a test cluster: fsync off, apart from the durable one run.sh keeps data in
export GONGKAI_PG_DURABILITY=fast
export GONGKAI_RUN_DIR="$ROOT/.data/e2e" GONGKAI_PORT_BASE=28080
export GONGKAI_DB_NAME_GATEWAY=e2e_gateway GONGKAI_DB_NAME_DISCLOSURE=e2e_disclosure \
  GONGKAI_DB_NAME_INQUIRY=e2e_inquiry GONGKAI_DB_NAME_STATS=e2e_stats
GW=http://localhost:28080
DISCLOSURE=http://localhost:28081
STATS=http://localhost:28083

[ -f api-client/target/classpath.txt ] || { echo "e2e.sh: api-client is not built (./mvnw package)" >&2; exit 1; }
scripts/postgres.sh ensure
scripts/postgres.sh recreate-db e2e_gateway e2e_disclosure e2e_inquiry e2e_stats
rm -rf "$GONGKAI_RUN_DIR"
trap './run.sh stop >/dev/null 2>&1 || true' EXIT
./run.sh --detach >/dev/null
set -a; . "$GONGKAI_RUN_DIR/demo-credentials.env"; set +a

passed=0; failed=0
check() { # name expected-status actual-status
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok   $1"
  else failed=$((failed + 1)); echo "FAIL $1: expected $2, got $3"; fi
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
body() { curl -s "$@"; }

ADMIN=$(curl -s -X POST "$GW/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD\"}" \
  | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p')
check "the demo admin logs in" yes "$([ -n "$ADMIN" ] && echo yes || echo no)"
check "a wrong password is refused" 401 "$(status -X POST "$GW/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"wrong\"}")"

# the public
check "anonymous search" 200 "$(status "$GW/api/v1/items?limit=5")"
public=$(body "$GW/api/v1/items?limit=200")
check "anonymous never sees drafts" no "$(grep -q '"status":"DRAFT"' <<<"$public" && echo yes || echo no)"
check "anonymous never sees campus-only items" no "$(grep -q '"audience":"CAMPUS"' <<<"$public" && echo yes || echo no)"
check "anonymous cannot ask for drafts" yes "$(grep -q '"status":"DRAFT"' <<<"$(body "$GW/api/v1/items?status=DRAFT&limit=200")" && echo no || echo yes)"
check "anonymous cannot write an item" 401 "$(status -X POST "$GW/api/v1/items" -H 'Content-Type: application/json' -d '{"title":"x"}')"
check "anonymous cannot push" 401 "$(status -X PUT "$GW/api/v1/sources/admissions/items/x1" -H 'Content-Type: application/json' -d '{"title":"x"}')"
check "anonymous cannot push metrics" 401 "$(status -X PUT "$GW/api/v1/stats/metrics" -H 'Content-Type: application/json' -d '{}')"
check "anonymous cannot list API keys" 401 "$(status "$GW/api/v1/admin/api-keys")"
check "anonymous cannot read the gateway's metrics" 401 "$(status "$GW/q/metrics")"
check "a read key cannot read the gateway's metrics" 403 "$(status -H "X-Api-Key: $GONGKAI_DEMO_READ_KEY" "$GW/q/metrics")"
# a body larger than inquiry-service takes (10 MB) is refused at the gateway, before the service sees it
check "an 11 MB body for inquiry-service is a 413 at the gateway" 413 "$(head -c $((11 * 1024 * 1024)) /dev/zero | tr '\0' 'x' \
  | status -X POST "$GW/api/v1/requests" -H 'Content-Type: application/json' --data-binary @-)"
check "anonymous cannot change the calendar" 401 "$(status -X PUT "$GW/api/v1/calendar/2030" -H 'Content-Type: application/json' -d '{"source":"x","days":[]}')"

# staff
# the anonymous checks above mean something only if drafts and campus items exist: staff sees them
check "staff sees drafts" yes "$(grep -q '"status":"DRAFT"' <<<"$(body -H "Authorization: Bearer $ADMIN" "$GW/api/v1/items?status=DRAFT")" && echo yes || echo no)"
check "staff sees campus-only items" yes "$(grep -q '"audience":"CAMPUS"' <<<"$(body -H "Authorization: Bearer $ADMIN" "$GW/api/v1/items?audience=CAMPUS")" && echo yes || echo no)"
draft_id=$(body -H "Authorization: Bearer $ADMIN" "$GW/api/v1/items?status=DRAFT&limit=1" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' | head -1)
check "anonymous gets 404 for a draft by id" 404 "$(status "$GW/api/v1/items/$draft_id")"

# keys
metric='{"channel":"EXTERNAL_MEDIA","period":"AY2030","count":5,"source":"news-office"}'
check "a write key pushes a metric" 201 "$(status -X PUT "$GW/api/v1/stats/metrics" -H "Authorization: ApiKey $GONGKAI_DEMO_WRITE_KEY" -H 'Content-Type: application/json' -d "$metric")"
check "a read-only key reads" 200 "$(status -H "X-Api-Key: $GONGKAI_DEMO_READ_KEY" "$GW/api/v1/stats/channels?year=2022")"
check "a read-only key cannot write" 403 "$(status -X PUT "$GW/api/v1/stats/metrics" -H "X-Api-Key: $GONGKAI_DEMO_READ_KEY" -H 'Content-Type: application/json' -d "$metric")"
check "a made-up key is refused" 401 "$(status -H "X-Api-Key: gk_made_up_secret" "$GW/api/v1/stats/channels?year=2022")"
created=$(curl -s -X POST "$GW/api/v1/admin/api-keys" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name":"e2e revocable","scopes":["metrics:write"],"source":"news-office"}')
key_id=$(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' <<<"$created"); key_secret=$(sed -n 's/.*"secret" *: *"\([^"]*\)".*/\1/p' <<<"$created")
check "a new key works" 200 "$(status -X PUT "$GW/api/v1/stats/metrics" -H "Authorization: ApiKey $key_secret" -H 'Content-Type: application/json' -d "$metric")"
check "an admin revokes it" 204 "$(status -X DELETE -H "Authorization: Bearer $ADMIN" "$GW/api/v1/admin/api-keys/$key_id")"
check "a revoked key stops working at once" 401 "$(status -X PUT "$GW/api/v1/stats/metrics" -H "Authorization: ApiKey $key_secret" -H 'Content-Type: application/json' -d "$metric")"

# tokens that must not pass
forged="$(printf '{"alg":"none","typ":"JWT"}' | base64 -w0 | tr '+/' '-_' | tr -d '=').$(printf '{"iss":"https://gongkai.io/gateway","sub":"x","groups":["admin"],"exp":4102444800}' | base64 -w0 | tr '+/' '-_' | tr -d '=')."
check "an alg:none token is refused by the gateway" 401 "$(status -H "Authorization: Bearer $forged" "$GW/api/v1/admin/api-keys")"
check "an alg:none token is refused by a service" 401 "$(status -X PUT "$STATS/api/v1/stats/metrics" -H "Authorization: Bearer $forged" -H 'Content-Type: application/json' -d "$metric")"
tampered="${ADMIN%.*}.$(printf 'x%.0s' {1..43})"
check "a badly signed token is refused" 401 "$(status -H "Authorization: Bearer $tampered" "$GW/api/v1/items?status=DRAFT")"

# around the gateway
check "a service called directly without a token refuses writes" 401 "$(status -X POST "$DISCLOSURE/api/v1/items" -H 'Content-Type: application/json' -d '{"title":"x"}')"
check "a service called directly without a token refuses metrics" 401 "$(status -X PUT "$STATS/api/v1/stats/metrics" -H 'Content-Type: application/json' -d "$metric")"

# path tricks never reach /internal
for trick in '/internal/v1/events' '/api/v1/../internal/v1/events' '/api/v1/%2e%2e/internal/v1/events' \
             '/api/v1/items/..%2f..%2finternal/v1/events' '/api/v1/%252e%252e/internal/v1/events' '/api/v1/items%2f..%2f..%2finternal%2fv1%2fevents'; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --path-as-is "$GW$trick")
  check "path trick $trick is refused" 4xx "${code:0:1}xx"
done

check "the gateway reports every service ready" 200 "$(status "$GW/q/health")"
check "one merged OpenAPI" yes "$(body "$GW/q/openapi?format=json" | grep -q '/api/v1/calendar' && body "$GW/q/openapi?format=json" | grep -q '/api/v1/items' && echo yes || echo no)"

# a dashboard vendor's program on the Java client generated from the merged document (api-client/), and the
# gateway's answers to each kind of caller validated against that document
CLIENT_CP="$ROOT/api-client/target/classes:$(cat "$ROOT/api-client/target/classpath.txt")"
if java -cp "$CLIENT_CP" io.gongkai.client.vendor.DashboardVendor "$GW"; then check "the generated client searches, reads and pushes" yes yes
else check "the generated client searches, reads and pushes" yes no; fi
if java -cp "$CLIENT_CP" io.gongkai.client.vendor.ContractCheck "$GW" "$ROOT/gateway/target/openapi/gongkai-api.json"; then
  check "the gateway's answers match the merged OpenAPI document" yes yes
else check "the gateway's answers match the merged OpenAPI document" yes no; fi

# the first thing a new user types: raw UTF-8 in the URL, at the gateway and at a service directly
check "raw UTF-8 in a query, at the gateway" 200 "$(status "$GW/api/v1/items?q=招生&limit=5")"
check "raw UTF-8 in a query, at a service" 200 "$(status "$DISCLOSURE/api/v1/items?q=招生&limit=5")"
check "bad percent-encoding is a problem+json 400" "400 application/problem+json" \
  "$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$GW/api/v1/items?cursor=%%%garbage")"
check "links in the Atom feed name the gateway" yes \
  "$(body "$GW/api/v1/items/feed.atom" | grep -q "localhost:28081" && echo no || echo yes)"

# stats-service counts the demo items from disclosure-service's event feed (with its service credential)
for _ in $(seq 1 60); do grep -q '"source":"ITEMS"' <<<"$(body "$GW/api/v1/stats/channels?year=2022")" && break; sleep 1; done
check "stats-service counts published items from the event feed" yes \
  "$(grep -q '"source":"ITEMS"' <<<"$(body "$GW/api/v1/stats/channels?year=2022")" && echo yes || echo no)"
check "the event feed refuses a caller without the service credential" 401 "$(status "$DISCLOSURE/internal/v1/events")"

# the public asks for information, keeps the tracking number and code, and follows the request
INQUIRY=http://localhost:28082
submitted=$(curl -s -X POST "$GW/api/v1/requests" -H 'Content-Type: application/json' \
  -d '{"applicant":{"type":"NATURAL_PERSON","name":"端到端","phone":"13900000000","email":"e2e@example.com"},"description":"申请公开2022年本科招生章程","deliveryForm":"ELECTRONIC","deliveryMethod":"EMAIL","ownPersonalInformation":false}')
tracking=$(sed -n 's/.*"trackingNo" *: *"\([^"]*\)".*/\1/p' <<<"$submitted"); code=$(sed -n 's/.*"accessCode" *: *"\([^"]*\)".*/\1/p' <<<"$submitted")
check "the public submits a disclosure request" yes "$([ -n "$tracking" ] && [ -n "$code" ] && echo yes || echo no)"
check "the applicant follows it with the access code" 200 "$(status -H "X-Access-Code: $code" "$GW/api/v1/requests/$tracking")"
check "a wrong access code looks like an unknown number" 404 "$(status -H "X-Access-Code: wrong-code" "$GW/api/v1/requests/$tracking")"
check "the applicant's view carries no personal data" no \
  "$(grep -q '13900000000\|端到端' <<<"$(body -H "X-Access-Code: $code" "$GW/api/v1/requests/$tracking")" && echo yes || echo no)"
check "the clock explains the due date" yes \
  "$(grep -q '"dueDate"' <<<"$(body -H "X-Access-Code: $code" "$GW/api/v1/requests/$tracking/clock")" && echo yes || echo no)"
check "The rule's example (docs/domain.md): received Friday 2022-09-30 10:00, due 2022-10-26" yes \
  "$(grep -q '2022-10-26' <<<"$(body "$GW/api/v1/calendar/due-date?receivedAt=2022-09-30T10:00:00%2B08:00")" && echo yes || echo no)"
check "the demo year's requests reach the statistics" yes "$(for _ in $(seq 1 30); do \
  grep -q '"received":{"NATURAL_PERSON":[1-9]' <<<"$(body "$GW/api/v1/stats/requests?year=2022")" && { echo yes; break; }; sleep 1; done || echo no)"
report=$(body -H 'Accept: text/html' "$GW/api/v1/reports/annual/2022")
check "the demo year's annual report shows real figures" yes \
  "$(grep -q '全校主动公开信息共计 [1-9]' <<<"$report" && grep -q '本年度共收到信息公开申请 [1-9]' <<<"$report" && echo yes || echo no)"
check "the annual report comes as a PDF" "200 application/pdf" \
  "$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H 'Accept: application/pdf' "$GW/api/v1/reports/annual/2022")"
check "a login token is refused by a service called directly" 401 "$(status -H "Authorization: Bearer $ADMIN" "$DISCLOSURE/api/v1/items?status=DRAFT")"

# a service that dies is restarted by run.sh's supervisor; the others and the database are left alone
gateway_pid=$(cat "$GONGKAI_RUN_DIR/pids/gateway.pid")
kill -9 "$(cat "$GONGKAI_RUN_DIR/pids/stats-service.pid")"
for _ in $(seq 1 90); do [ "$(status "$STATS/q/health/ready")" = 200 ] && break; sleep 1; done
check "a killed service is restarted by the supervisor" 200 "$(status "$STATS/q/health/ready")"
check "the gateway was left running" "$gateway_pid" "$(cat "$GONGKAI_RUN_DIR/pids/gateway.pid")"
check "services listen on loopback only" no \
  "$(ss -ltnH 2>/dev/null | awk '{print $4}' | grep -Eq '^(\*|0\.0\.0\.0|\[::\]):2808[1-5]$' && echo yes || echo no)"

# the public column (web), through the gateway, from the demo data
home=$(body "$GW/")
check "the column's home page is served through the gateway" 200 "$(status "$GW/")"
check "the home page is in Chinese with the checklist's categories" yes \
  "$(grep -q 'lang="zh-CN"' <<<"$home" && grep -q '招生考试信息' <<<"$home" && echo yes || echo no)"
first_item=$(body "$GW/api/v1/items?limit=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
check "an item's page shows it" yes "$(grep -q '<h1>' <<<"$(body "$GW/items/$first_item")" && echo yes || echo no)"
check "a search page marks the words" yes "$(grep -q '<mark>' <<<"$(body "$GW/search?q=%E6%8B%9B%E7%94%9F")" && echo yes || echo no)"
check "the catalogue lists the checklist of the demo year" yes \
  "$(grep -q 'class="covered"' <<<"$(body "$GW/catalog?year=2022")" && echo yes || echo no)"
check "the statistics page has its figures" 200 "$(status "$GW/stats?year=2022")"
check "a page that is not there is a Chinese 404" 404 "$(status "$GW/no/such/page")"
check "the request form carries a CSRF token" yes "$(grep -q 'name="csrf-token"' <<<"$(body "$GW/ask")" && echo yes || echo no)"
check "the API is still the API under the column" 404 "$(status "$GW/api/v1/no-such-thing")"
# a visitor's form post through the gateway: the CSRF cookie web set must come back to it
jar=$(mktemp)
form=$(curl -s -c "$jar" "$GW/ask")
csrf=$(sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
key=$(sed -n 's/.*name="idempotencyKey" value="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
asked=$(curl -s -b "$jar" -H "Origin: $GW" -X POST "$GW/ask" --data-urlencode "csrf-token=$csrf" --data-urlencode "idempotencyKey=$key" \
  --data-urlencode "applicantType=NATURAL_PERSON" --data-urlencode "name=网页申请人" --data-urlencode "email=web@example.com" \
  --data-urlencode "description=2022年学生资助政策" --data-urlencode "deliveryForm=ELECTRONIC" --data-urlencode "deliveryMethod=EMAIL")
rm -f "$jar"
check "a request asked through the column's form gets its number and code" yes \
  "$(grep -q 'class="tracking">YSQ-' <<<"$asked" && grep -q 'class="code">' <<<"$asked" && echo yes || echo no)"
check "the confirmation page shows no personal data" no "$(grep -q '网页申请人\|web@example.com' <<<"$asked" && echo yes || echo no)"
pages=""
for page in / /catalog?year=2022 /stats?year=2022 /reports "/items/$first_item"; do pages+=$(body "$GW$page"); done
check "no applicant's name or phone on a public page" no "$(grep -Eq '演示申请人|applicant@example.com|13800000000' <<<"$pages" && echo yes || echo no)"

# the staff console, through the gateway: the demo staff sign in, take the request just asked through the column,
# accept it; an auditor sees it masked and without a form; a disabled account is signed out at its next click
console_jar() { # username password -> prints the cookie jar of a signed-in browser
  local jar page token
  jar=$(mktemp)
  page=$(curl -s -c "$jar" -b "$jar" "$GW/console/login")
  token=$(sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$GW/console/login" --data-urlencode "csrf-token=$token" \
    --data-urlencode "username=$1" --data-urlencode "password=$2"
  echo "$jar"
}
console_post() { # jar path field=value... -> prints the status (the form's CSRF token read from the page first)
  local jar=$1 path=$2 token; shift 2
  token=$(curl -s -b "$jar" -c "$jar" "$GW/console/" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
  local -a fields=(--data-urlencode "csrf-token=$token")
  for f in "$@"; do fields+=(--data-urlencode "$f"); done
  curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" -X POST "$GW/console$path" "${fields[@]}"
}
check "the console's sign-in page is served through the gateway" 200 "$(status "$GW/console/login")"
check "the console's pages need a session" 303 "$(status "$GW/console/requests")"
signin_headers=$(jar=$(mktemp); page=$(curl -s -c "$jar" "$GW/console/login"); \
  token=$(sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1); \
  curl -s -D - -o /dev/null -b "$jar" -X POST "$GW/console/login" --data-urlencode "csrf-token=$token" \
    --data-urlencode "username=$GONGKAI_DEMO_HANDLER_USER" --data-urlencode "password=$GONGKAI_DEMO_HANDLER_PASSWORD"; rm -f "$jar")
check "the console's session cookie is HttpOnly, SameSite=Strict, for /console only" yes \
  "$(grep -i '^set-cookie: console-session=' <<<"$signin_headers" | grep -q 'Path=/console; HttpOnly; SameSite=Strict' && echo yes || echo no)"
handler_jar=$(console_jar "$GONGKAI_DEMO_HANDLER_USER" "$GONGKAI_DEMO_HANDLER_PASSWORD")
check "the demo handler's 工作台" yes "$(grep -q '<h1>工作台</h1>' <<<"$(body -b "$handler_jar" "$GW/console/")" && echo yes || echo no)"
asked_no=$(sed -n 's/.*class="tracking">\(YSQ-[0-9-]*\)<.*/\1/p' <<<"$asked" | head -1)
check "the handler sees the applicant of the request asked through the column" yes \
  "$(grep -q '网页申请人' <<<"$(body -b "$handler_jar" "$GW/console/requests/$asked_no")" && echo yes || echo no)"
check "the handler takes it" 303 "$(console_post "$handler_jar" "/requests/$asked_no/steps/assign" "handler=$GONGKAI_DEMO_HANDLER_USER")"
check "the handler accepts it" 303 "$(console_post "$handler_jar" "/requests/$asked_no/steps/accept" "reason=内容明确")"
accepted=$(body -b "$handler_jar" "$GW/console/requests/$asked_no")
check "the request page shows it accepted, with its clock" yes \
  "$(grep -q 'class="status">已受理' <<<"$accepted" && grep -q 'class="clock"' <<<"$accepted" && echo yes || echo no)"
check "a second acceptance is refused in Chinese beside the page" 409 "$(console_post "$handler_jar" "/requests/$asked_no/steps/accept")"
check "the export answers the API's CSV" yes "$(body -b "$handler_jar" "$GW/console/requests/export.csv?year=2022" | head -1 | grep -q '^trackingNo,' && echo yes || echo no)"
auditor_jar=$(console_jar "$GONGKAI_DEMO_AUDITOR_USER" "$GONGKAI_DEMO_AUDITOR_PASSWORD")
audited=$(body -b "$auditor_jar" "$GW/console/requests/$asked_no")
check "an auditor sees the request masked and without a step form" yes \
  "$(grep -q 'class="masked-note"' <<<"$audited" && ! grep -q '网页申请人\|class="step"' <<<"$audited" && echo yes || echo no)"
petition_jar=$(console_jar "$GONGKAI_DEMO_PETITION_HANDLER_USER" "$GONGKAI_DEMO_PETITION_HANDLER_PASSWORD")
check "the petition handler's 信访 list" 200 "$(status -b "$petition_jar" "$GW/console/petitions")"
check "an admin disables the petition handler" 200 "$(status -X POST -H "Authorization: Bearer $ADMIN" "$GW/api/v1/admin/accounts/$GONGKAI_DEMO_PETITION_HANDLER_USER/disable")"
check "a disabled account is signed out at its next click" "/console/login?why=expired" \
  "$(curl -s -o /dev/null -w '%{redirect_url}' -b "$petition_jar" "$GW/console/petitions" | sed 's|^https\?://[^/]*||')"
status -X POST -H "Authorization: Bearer $ADMIN" "$GW/api/v1/admin/accounts/$GONGKAI_DEMO_PETITION_HANDLER_USER/enable" >/dev/null
check "the console's sign-out ends the session" "/console/login?why=signed-out" \
  "$(jar=$handler_jar; token=$(body -b "$jar" -c "$jar" "$GW/console/" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1); \
     curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -X POST "$GW/console/logout" --data-urlencode "csrf-token=$token" | sed 's|^https\?://[^/]*||')"
rm -f "$handler_jar" "$auditor_jar" "$petition_jar"

# every curl example of every Markdown file, as written
if scripts/readme-examples.sh; then check "the documentation's curl examples" yes yes; else check "the documentation's curl examples" yes no; fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
