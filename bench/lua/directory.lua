-- GET /users?limit=20&after=<AFTER>: a directory page at a fixed depth (AFTER=0 is page 1).
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")
local path = "/users?limit=20&after=" .. os.getenv("AFTER")

request = function()
  return wrk.format("GET", path)
end
