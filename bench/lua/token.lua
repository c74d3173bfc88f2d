-- POST /auth/token for seeded users (all share the benchmark password).
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")
local users = tonumber(os.getenv("USERS"))
local password = os.getenv("BENCH_PASSWORD")

request = function()
  local body = '{"email":"bench' .. math.random(1, users) .. '@example.com","password":"' .. password .. '"}'
  return wrk.format("POST", "/auth/token", { ["Content-Type"] = "application/json" }, body)
end
