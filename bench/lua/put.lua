-- PUT /users/me/profile with the real tokens of many users, each write a new bio.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")
local tokens = read_lines(os.getenv("TOKENS_FILE"))
local n = 0

request = function()
  n = n + 1
  local token = tokens[math.random(1, #tokens)]
  return wrk.format("PUT", "/users/me/profile",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    '{"bio":"benchmark write ' .. n .. '","twitter":"@bench_' .. (n % 1000) .. '"}')
end
