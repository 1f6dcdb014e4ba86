#!/usr/bin/env bash
# The demo year's disclosure requests, petitions, complaints/reviews/lawsuits and evaluations, entered
# through inquiry-service's public API as the disclosure office's staff enter letters, visits and calls
# after the fact: receivedAt and each step's occurredAt fall in AY2022 (1 Sep 2021 – 31 Aug 2022), so the
# 2022 report's tables fill: every outcome of table 三 (each legal basis, each 无法提供 and 不予处理 ground,
# the three 其他处理), every applicant type, fees, an extension, clarifications, requests carried over from
# AY2021 and into AY2023, paper evaluations and cases (复议 and 诉讼). A few items arrive now, so the current
# year is not empty either.
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
# a step that already happened: trackingNo path occurredAt [more JSON fields]
past() { step "$1" "$2" "{\"occurredAt\":\"$3T10:00:00+08:00\"${4:+,$4}}"; }
reply() { # trackingNo outcome day [legalBasis] [fee json]
  local basis="" fee=""
  [ -n "${4:-}" ] && basis=",\"legalBasis\":\"$4\""
  [ -n "${5:-}" ] && fee=",\"fee\":$5"
  past "$1" reply "$3" "\"outcome\":\"$2\"$basis,\"text\":\"答复意见见附件。\",\"deliveryForm\":\"ELECTRONIC\"$fee"
}
# answered: type subtype channel received accepted answered outcome [legalBasis] [fee json] description
answered() {
  local no code
  read -r no code <<<"$(submit "$1" "$2" "$3" "$4T09:30:00+08:00" "${10}")"
  past "$no" accept "$5"; reply "$no" "$7" "$6" "${8:-}" "${9:-}"; requests=$((requests + 1))
}

requests=0
# carried over from AY2021: received in August 2021, answered in September
answered NATURAL_PERSON '' ONLINE 2021-08-23 2021-08-24 2021-09-08 DISCLOSED '' '' '申请公开2021年暑期校园施工安排'
answered ORGANISATION COMMERCIAL LETTER 2021-08-26 2021-08-27 2021-09-10 PARTIALLY_DISCLOSED '' '' '申请公开食堂承包经营合同'
# received and answered in AY2022, across outcomes and applicant types
answered NATURAL_PERSON '' ONLINE 2021-09-15 2021-09-16 2021-09-28 DISCLOSED '' '' '申请公开2021年本科招生录取分数线'
answered ORGANISATION COMMERCIAL LETTER 2021-10-12 2021-10-13 2021-10-29 PARTIALLY_DISCLOSED '' '' '申请公开学生公寓物业服务采购合同'
answered ORGANISATION RESEARCH ONLINE 2021-10-18 2021-10-19 2021-11-02 DISCLOSED '' '' '申请公开科研平台开放共享目录'
answered ORGANISATION NONPROFIT ONLINE 2021-10-25 2021-10-26 2021-11-08 DISCLOSED '' '' '申请公开学校捐赠收支情况'
answered ORGANISATION LEGAL_SERVICE LETTER 2021-11-01 2021-11-02 2021-11-15 DISCLOSED '' '' '申请公开学校法律顾问聘用办法'
answered ORGANISATION OTHER ONLINE 2021-11-03 2021-11-04 2021-11-17 DISCLOSED '' '' '申请公开校园开放日安排'
answered NATURAL_PERSON '' ONLINE 2021-11-08 2021-11-09 2021-11-22 NOT_DISCLOSED STATE_SECRET '' '申请公开涉密科研项目清单'
answered NATURAL_PERSON '' LETTER 2021-11-10 2021-11-11 2021-11-24 NOT_DISCLOSED LAW_FORBIDS '' '申请公开考生个人档案'
answered ORGANISATION OTHER ONLINE 2021-11-15 2021-11-16 2021-11-29 NOT_DISCLOSED ENDANGERS_SECURITY '' '申请公开校园安防系统布点图'
answered NATURAL_PERSON '' ONLINE 2021-11-03 2021-11-04 2021-11-18 NOT_DISCLOSED THIRD_PARTY_RIGHTS '' '申请公开某教师的职称评审材料'
answered ORGANISATION COMMERCIAL ONLINE 2021-11-22 2021-11-23 2021-12-06 NOT_DISCLOSED INTERNAL_AFFAIRS '' '申请公开学院内部考勤记录'
answered NATURAL_PERSON '' ONLINE 2021-11-29 2021-11-30 2021-12-13 NOT_DISCLOSED PROCESS_INFO '' '申请公开校长办公会讨论记录'
answered ORGANISATION LEGAL_SERVICE LETTER 2021-12-01 2021-12-02 2021-12-15 NOT_DISCLOSED ENFORCEMENT_FILE '' '申请公开学生违纪处理案卷'
answered NATURAL_PERSON '' ONLINE 2021-12-06 2021-12-07 2021-12-20 NOT_DISCLOSED QUERY_MATTER '' '申请查询本人成绩单'
answered ORGANISATION RESEARCH ONLINE 2021-12-08 2021-12-09 2021-12-22 NOT_HELD '' '' '申请提供2015年以前的科研经费审计报告'
answered NATURAL_PERSON '' ONLINE 2021-12-13 2021-12-14 2021-12-27 NEEDS_CREATION '' '' '申请提供近十年各专业就业率对比分析'
answered NATURAL_PERSON '' ONLINE 2022-01-04 2022-01-05 2022-01-18 NOT_PROCESSED_PETITION '' '' '反映宿舍管理问题并要求处理'
answered ORGANISATION NONPROFIT ONLINE 2022-01-10 2022-01-11 2022-01-24 NOT_PROCESSED_REPEAT '' '' '再次申请已答复的学费标准文件'
answered NATURAL_PERSON '' ONLINE 2022-02-21 2022-02-22 2022-03-07 NOT_PROCESSED_PUBLISHED '' '' '申请提供学校出版的校史图书'
answered NATURAL_PERSON '' ONLINE 2022-02-23 2022-02-24 2022-03-09 NOT_PROCESSED_MASS '' '' '申请公开各部门全部文件'
answered ORGANISATION OTHER LETTER 2022-02-28 2022-03-01 2022-03-14 NOT_PROCESSED_CONFIRM '' '' '要求重新出具已获取的答复书'
answered NATURAL_PERSON '' IN_PERSON 2022-03-01 2022-03-02 2022-03-15 DISCLOSED '' '{"amount":10.00,"waived":true}' '申请提供2021年度预算公开表纸质件'
answered ORGANISATION COMMERCIAL ONLINE 2022-03-07 2022-03-08 2022-03-21 OTHER '' '' '申请公开校园广告位招租情况'

# a clarification: asked, clarified by letter, then a new count and the answer
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE 2022-03-14T10:00:00+08:00 '申请公开学校有关收费文件')"
past "$no" accept 2022-03-15; past "$no" ask-clarification 2022-03-16 '"reason":"请说明所需文件的名称或文号"'
step "$no" clarified '{"receivedAt":"2022-03-21T10:00:00+08:00","reason":"申请人来函补正"}'
reply "$no" DISCLOSED 2022-03-30; requests=$((requests + 1))
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE 2022-03-22T10:00:00+08:00 '申请公开学校有关规定')"
past "$no" accept 2022-03-23; past "$no" ask-clarification 2022-03-24 '"reason":"请说明所需规定的名称"'
step "$no" clarified '{"receivedAt":"2022-03-28T10:00:00+08:00","reason":"补正后仍未说明"}'
reply "$no" UNCLEAR_AFTER_CLARIFICATION 2022-04-08; requests=$((requests + 1))
# no clarification came: closed after its deadline (other: not clarified in time)
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE 2022-04-06T09:00:00+08:00 '申请公开学校有关文件')"
past "$no" accept 2022-04-06; past "$no" ask-clarification 2022-04-07 '"reason":"请说明所需文件的名称或文号"'
past "$no" close 2022-05-10; requests=$((requests + 1))
# an extension, then the answer within it
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE 2022-05-16T10:00:00+08:00 '申请公开近五年基建项目招投标情况')"
past "$no" accept 2022-05-17
past "$no" extend 2022-05-30 '"workingDays":15,"reason":"涉及档案较多，需要调取核对","approver":"信息公开办公室主任"'
reply "$no" DISCLOSED 2022-06-20; requests=$((requests + 1))
# a fee asked, paid, and charged with the answer
read -r no code <<<"$(submit ORGANISATION LEGAL_SERVICE LETTER 2022-05-23T10:00:00+08:00 '申请复制学校章程及历次修订稿')"
past "$no" accept 2022-05-24; past "$no" fee-notice 2022-05-25 '"amount":25.00,"reason":"复制及邮寄费用"'
past "$no" fee-paid 2022-05-30; reply "$no" DISCLOSED 2022-06-02 '' '{"amount":25.00,"waived":false}'; requests=$((requests + 1))
# a fee asked and never paid: closed after its deadline (other: fee not paid)
read -r no code <<<"$(submit ORGANISATION RESEARCH LETTER 2022-06-07T10:00:00+08:00 '申请复制历年科研项目结题报告')"
past "$no" accept 2022-06-07; past "$no" fee-notice 2022-06-08 '"amount":40.00,"reason":"复制费用"'
past "$no" close 2022-07-15; requests=$((requests + 1))
# withdrawn by the applicant's letter, recorded by staff
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE 2022-07-04T16:00:00+08:00 '申请公开食堂招标结果')"
past "$no" withdraw 2022-07-06 '"reason":"申请人来函撤回：已在网站查到"'; requests=$((requests + 1))
# carried into AY2023: received in August 2022, answered in September
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE 2022-08-22T10:00:00+08:00 '申请公开2022年研究生复试名单')"
past "$no" accept 2022-08-23; reply "$no" DISCLOSED 2022-09-06; requests=$((requests + 1))
read -r no code <<<"$(submit NATURAL_PERSON '' FAX 2022-08-29T10:00:00+08:00 '申请公开校车运行时刻表')"
past "$no" accept 2022-08-30; requests=$((requests + 1))
# this year: one answered now, one waiting, one the applicant withdraws with the access code
this_year=$(date -u +%Y-%m-%dT00:00:00Z)
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE "$this_year" '申请公开本学年奖学金评定办法')"
step "$no" accept; step "$no" reply '{"outcome":"DISCLOSED","text":"答复意见见附件。","deliveryForm":"ELECTRONIC"}'
requests=$((requests + 1))
read -r no code <<<"$(submit ORGANISATION RESEARCH ONLINE "$this_year" '申请公开本年度实验室安全检查结果')"
step "$no" accept; requests=$((requests + 1))
read -r no code <<<"$(submit NATURAL_PERSON '' ONLINE "$this_year" '申请公开本年度食堂价格调整')"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/requests/$no/withdraw" -H "X-Access-Code: $code" -H 'Content-Type: application/json' \
  --data-binary '{"reason":"已在网站查到"}' || { echo "inquiry/load.sh: the applicant could not withdraw $no" >&2; exit 1; }
requests=$((requests + 1))

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

# complaints, reviews, lawsuits about the disclosure work (table 四: 复议 and 诉讼 with their results)
cases=0
case_id() { call POST /api/v1/cases "$1" | field id; }
id=$(case_id '{"kind":"COMPLAINT","receivedOn":"2021-11-11","subject":"对信息公开答复期限提出投诉"}')
call POST "/api/v1/cases/$id/close" '{"result":"CORRECTED","closedOn":"2021-12-01","note":"已督促按期答复"}' >/dev/null; cases=$((cases + 1))
id=$(case_id '{"kind":"REVIEW","receivedOn":"2022-03-01","subject":"对不予公开决定申请行政复议"}')
call POST "/api/v1/cases/$id/close" '{"result":"UPHELD","closedOn":"2022-05-01"}' >/dev/null; cases=$((cases + 1))
id=$(case_id '{"kind":"REVIEW","receivedOn":"2022-04-11","subject":"对部分公开决定申请行政复议"}')
call POST "/api/v1/cases/$id/close" '{"result":"CORRECTED","closedOn":"2022-06-10"}' >/dev/null; cases=$((cases + 1))
case_id '{"kind":"REVIEW","receivedOn":"2022-07-18","subject":"对逾期答复申请行政复议"}' >/dev/null; cases=$((cases + 1))
case_id '{"kind":"LAWSUIT","lawsuitRoute":"DIRECT","receivedOn":"2022-06-01","subject":"就信息公开答复提起行政诉讼"}' >/dev/null
cases=$((cases + 1))
id=$(case_id '{"kind":"LAWSUIT","lawsuitRoute":"AFTER_REVIEW","receivedOn":"2022-05-20","subject":"复议后就不予公开决定提起行政诉讼"}')
call POST "/api/v1/cases/$id/close" '{"result":"UPHELD","closedOn":"2022-08-15"}' >/dev/null; cases=$((cases + 1))

# evaluations: the demo year's received on paper (entered by staff with their date), and a few from the form now
evaluations=0
for entry in 5:2021-10-15 4:2021-11-15 4:2021-12-15 5:2022-01-14 3:2022-03-15 4:2022-04-15 5:2022-05-16 2:2022-06-15; do
  call POST /api/v1/evaluations "{\"rating\":${entry%%:*},\"comment\":\"信息公开及时\",\"receivedAt\":\"${entry#*:}T10:00:00+08:00\"}" >/dev/null
  evaluations=$((evaluations + 1))
done
for rating in 5 4 4; do
  call POST /api/v1/evaluations "{\"rating\":$rating,\"comment\":\"信息公开及时\"}" >/dev/null
  evaluations=$((evaluations + 1))
done
echo "inquiry/load.sh: $requests requests, $petitions petitions, $cases cases, $evaluations evaluations"
