-- GET /api/v1/items/{id} for ids read from the file named by the IDS environment variable
local ids = {}
init = function(args)
  for line in io.lines(os.getenv("IDS")) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time() + math.random(1000))
end
request = function()
  return wrk.format("GET", "/api/v1/items/" .. ids[math.random(#ids)])
end
