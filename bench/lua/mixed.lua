-- 90% GET /users/{id}, 10% PUT /users/me/profile.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")
local users = tonumber(os.getenv("USERS"))
local tokens = read_lines(os.getenv("TOKENS_FILE"))
local n = 0

request = function()
  n = n + 1
  if math.random(1, 10) == 1 then
    return wrk.format("PUT", "/users/me/profile",
      { ["Authorization"] = "Bearer " .. tokens[math.random(1, #tokens)], ["Content-Type"] = "application/json" },
      '{"bio":"mixed write ' .. n .. '"}')
  end
  return wrk.format("GET", "/users/" .. math.random(1, users))
end
