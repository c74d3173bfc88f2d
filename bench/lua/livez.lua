-- GET /livez: the same HTTP stack, filters and JSON answer, but no database and no token. What the service
-- can do per second with a free database is bounded by this.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")

request = function()
  return wrk.format("GET", "/livez")
end
