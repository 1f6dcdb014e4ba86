-- POST /api/v1/requests: an anonymous online disclosure request, the same body every time (no Idempotency-Key)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = [[{"applicant":{"type":"NATURAL_PERSON","name":"张三","idNumber":"220102199001011234","phone":"13800000000",
"email":"zhang.san@example.cn","address":"吉林省长春市南关区人民大街1号"},
"description":"请公开2021年学校基本建设项目的招标文件及中标结果，包括项目名称、中标单位和中标金额。",
"documentNumber":"长大发〔2021〕12号","purpose":"了解学校基本建设情况","deliveryForm":"ELECTRONIC","deliveryMethod":"EMAIL",
"ownPersonalInformation":false}]]
