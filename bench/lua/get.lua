-- GET /users/{id} over random ids of the seeded users.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")
local users = tonumber(os.getenv("USERS"))

request = function()
  return wrk.format("GET", "/users/" .. math.random(1, users))
end
