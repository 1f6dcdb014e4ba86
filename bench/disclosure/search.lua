-- typical portal queries: a 2-character keyword + its category, newest first, 20 per page
local queries = {
  {"招生", 2}, {"录取", 2}, {"研究", 2}, {"公示", 2}, {"财务", 3}, {"采购", 3}, {"预算", 3}, {"收费", 3},
  {"招聘", 4}, {"岗位", 4}, {"教学", 5}, {"就业", 5}, {"学生", 6}, {"奖学", 6}, {"学术", 7}, {"学位", 8},
  {"留学", 9}, {"应急", 10}, {"报告", 1}, {"章程", 1}, {"管理", 3}, {"名单", 2}, {"办法", 6}, {"计划", 2},
}
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/api/v1/items?q=" .. urlencode(q[1]) .. "&category=" .. q[2] .. "&sort=newest&limit=20"
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
