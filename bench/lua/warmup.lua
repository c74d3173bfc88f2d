-- JIT warm-up: every measured request in turn (GET by id, PUT, directory page, /livez); run.sh repeats it
-- until enough requests were answered.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")
local users = tonumber(os.getenv("USERS"))
local tokens = read_lines(os.getenv("TOKENS_FILE"))
local n = 0

request = function()
  n = n + 1
  local kind = n % 4
  if kind == 1 then
    return wrk.format("PUT", "/users/me/profile",
      { ["Authorization"] = "Bearer " .. tokens[math.random(1, #tokens)], ["Content-Type"] = "application/json" },
      '{"bio":"warm-up write ' .. n .. '"}')
  elseif kind == 2 then
    return wrk.format("GET", "/users?limit=20&after=" .. math.random(0, users - 20))
  elseif kind == 3 then
    return wrk.format("GET", "/livez")
  end
  return wrk.format("GET", "/users/" .. math.random(1, users))
end

