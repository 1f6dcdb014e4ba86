#!/usr/bin/env bash
# The demo year's disclosure requests, petitions, complaints/reviews/lawsuits and evaluations, entered
# through inquiry-service's public API as the disclosure office's staff would enter letters, visits and
# calls (receivedAt in AY2022, the seed's year). Requests end up in every state the API can reach today
# and with a spread of outcomes; steps are stamped with the real time of loading (the API takes no
# back-dated steps), so their endings count in the current report year.
# usage: scripts/demo-data/inquiry/load.sh GATEWAY_URL TOKEN   (an admin's token)
set -euo pipefail
GATEWAY=${1:?usage: load.sh GATEWAY_URL TOKEN}
TOKEN=${2:?usage: load.sh GATEWAY_URL TOKEN}

field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" | head -1; }

call() { # method path [body] -> the body; fails on a non-2xx answer
  local method=$1 path=$2 body=${3:-} out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "$GATEWAY$path" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' ${body:+--data-binary "$body"})
  if [ "${status:0:1}" != 2 ]; then
    echo "inquiry/load.sh: $method $path answered $status: $(cat "$out")" >&2
    rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

# submit TYPE SUBTYPE CHANNEL RECEIVED_AT DESCRIPTION -> "trackingNo accessCode"
submit() {
  local sub="" answer
  [ -n "$2" ] && sub=",\"subType\":\"$2\""
  answer=$(call POST /api/v1/requests "{\"applicant\":{\"type\":\"$1\"$sub,\"name\":\"演示申请人\",\"phone\":\"13800000000\",\"email\":\"applicant@example.com\"},\
\"description\":\"$5\",\"purpose\":\"了解情况\",\"deliveryForm\":\"ELECTRONIC\",\"deliveryMethod\":\"EMAIL\",\
\"channel\":\"$3\",\"receivedAt\":\"$4\",\"ownPersonalInformation\":false}")
  [ -n "$(field trackingNo <<<"$answer")" ] || { echo "inquiry/load.sh: no tracking number in $answer" >&2; return 1; }
  echo "$(field trackingNo <<<"$answer") $(field accessCode <<<"$answer")"
}

step() { call POST "/api/v1/requests/$1/$2" "${3:-{\}}" >/dev/null; }
reply() { # trackingNo outcome [legalBasis] [fee json]
  local basis="" fee=""
  [ -n "${3:-}" ] && basis=",\"legalBasis\":\"$3\""
  [ -n "${4:-}" ] && fee=",\"fee\":$4"
  step "$1" reply "{\"outcome\":\"$2\"$basis,\"text\":\"答复意见见附件。\",\"deliveryForm\":\"ELECTRONIC\"$fee}"
}

requests=0
submitted=$(submit NATURAL_PERSON '' ONLINE 2021-09-15T10:00:00+08:00 '申请公开2021年本科招生录取分数线')
read -r no code <<<"$submitted"
step "$no" accept; reply "$no" DISCLOSED; requests=$((requests + 1))
submitted=$(submit ORGANISATION COMMERCIAL LETTER 2021-10-12T09:30:00+08:00 '申请公开学生公寓物业服务采购合同')
read -r no code <<<"$submitted"
step "$no" accept; reply "$no" PARTIALLY_DISCLOSED; requests=$((requests + 1))
submitted=$(submit NATURAL_PERSON '' ONLINE 2021-11-03T14:00:00+08:00 '申请公开某教师的职称评审材料')
read -r no code <<<"$submitted"
step "$no" accept; reply "$no" NOT_DISCLOSED THIRD_PARTY_RIGHTS; requests=$((requests + 1))
submitted=$(submit ORGANISATION RESEARCH ONLINE 2021-12-08T11:00:00+08:00 '申请提供2015年以前的科研经费审计报告')
read -r no code <<<"$submitted"
step "$no" accept; reply "$no" NOT_HELD; requests=$((requests + 1))
submitted=$(submit ORGANISATION NONPROFIT ONLINE 2022-01-10T10:00:00+08:00 '再次申请已答复的学费标准文件')
read -r no code <<<"$submitted"
step "$no" accept; reply "$no" NOT_PROCESSED_REPEAT; requests=$((requests + 1))
submitted=$(submit NATURAL_PERSON '' IN_PERSON 2022-03-01T15:00:00+08:00 '申请提供2021年度预算公开表纸质件')
read -r no code <<<"$submitted"
step "$no" accept; reply "$no" DISCLOSED '' '{"amount":10.00,"waived":true}'; requests=$((requests + 1))
submitted=$(submit NATURAL_PERSON '' ONLINE 2022-04-06T09:00:00+08:00 '申请公开学校有关文件')
read -r no code <<<"$submitted"
step "$no" accept; step "$no" ask-clarification '{"reason":"请说明所需文件的名称或文号"}'; requests=$((requests + 1))
submitted=$(submit NATURAL_PERSON '' ONLINE 2022-05-16T10:00:00+08:00 '申请公开近五年基建项目招投标情况')
read -r no code <<<"$submitted"
step "$no" accept; step "$no" extend '{"workingDays":15,"reason":"涉及档案较多，需要调取核对","approver":"信息公开办公室主任"}'
requests=$((requests + 1))
submitted=$(submit ORGANISATION LEGAL_SERVICE LETTER 2022-06-07T10:00:00+08:00 '申请复制学校章程及历次修订稿')
read -r no code <<<"$submitted"
step "$no" accept; step "$no" fee-notice '{"amount":25.00,"reason":"复制及邮寄费用"}'; requests=$((requests + 1))
submitted=$(submit NATURAL_PERSON '' ONLINE 2022-07-04T16:00:00+08:00 '申请公开食堂招标结果')
read -r no code <<<"$submitted"
# the applicant withdraws it with the access code (no staff token)
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/requests/$no/withdraw" -H "X-Access-Code: $code" -H 'Content-Type: application/json' \
  --data-binary '{"reason":"已在网站查到"}' || { echo "inquiry/load.sh: the applicant could not withdraw $no" >&2; exit 1; }
requests=$((requests + 1))
submitted=$(submit NATURAL_PERSON '' ONLINE 2022-08-01T10:00:00+08:00 '申请公开2022年研究生复试名单')
read -r no code <<<"$submitted"
step "$no" accept; requests=$((requests + 1))
submit NATURAL_PERSON '' FAX 2022-08-29T10:00:00+08:00 '申请公开校车运行时刻表' >/dev/null; requests=$((requests + 1))

# petitions: one or more from every channel, some answered and closed
petitions=0
petition() { # channel category receivedAt subject -> trackingNo
  call POST /api/v1/petitions "{\"channel\":\"$1\",\"category\":\"$2\",\"subject\":\"$4\",\"content\":\"$4，请予答复。\",\"receivedAt\":\"$3\"}" \
    | field trackingNo
}
i=0
for channel in PARTY_SECRETARY_MAILBOX PRESIDENT_MAILBOX PUBLIC_TELEPHONE SERVICE_HALL CAMPUS_123 EPIDEMIC_HOTLINE EMAIL LETTER VISIT; do
  for n in 1 2; do
    i=$((i + 1))
    month=$(( (i % 12) + 1 )); year=$([ "$month" -ge 9 ] && echo 2021 || echo 2022)
    no=$(petition "$channel" "$( [ $((i % 3)) = 0 ] && echo TEACHING || echo CAMPUS_SERVICES )" \
      "$year-$(printf %02d "$month")-1${n}T10:00:00+08:00" "关于校园服务的意见 $i")
    petitions=$((petitions + 1))
    if [ "$n" = 1 ]; then
      call POST "/api/v1/petitions/$no/assign" '{"unit":"后勤管理处"}' >/dev/null
      call POST "/api/v1/petitions/$no/reply" '{"text":"已转相关部门办理并答复。"}' >/dev/null
      call POST "/api/v1/petitions/$no/close" '{"satisfaction":"SATISFIED"}' >/dev/null
    fi
  done
done

# complaints, reviews, lawsuits about the disclosure work
cases=0
case_id() { call POST /api/v1/cases "$1" | field id; }
id=$(case_id '{"kind":"COMPLAINT","receivedOn":"2021-11-11","subject":"对信息公开答复期限提出投诉"}')
call POST "/api/v1/cases/$id/close" '{"result":"CORRECTED","closedOn":"2021-12-01","note":"已督促按期答复"}' >/dev/null; cases=$((cases + 1))
id=$(case_id '{"kind":"REVIEW","receivedOn":"2022-03-01","subject":"对不予公开决定申请行政复议"}')
call POST "/api/v1/cases/$id/close" '{"result":"UPHELD","closedOn":"2022-05-01"}' >/dev/null; cases=$((cases + 1))
case_id '{"kind":"LAWSUIT","lawsuitRoute":"DIRECT","receivedOn":"2022-06-01","subject":"就信息公开答复提起行政诉讼"}' >/dev/null
cases=$((cases + 1))

# evaluations come from the public form, stamped with the time they arrive
evaluations=0
for rating in 5 4 4 5 3 4; do
  call POST /api/v1/evaluations "{\"rating\":$rating,\"comment\":\"信息公开及时\"}" >/dev/null
  evaluations=$((evaluations + 1))
done
echo "inquiry/load.sh: $requests requests, $petitions petitions, $cases cases, $evaluations evaluations"
