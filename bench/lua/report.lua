-- Shared by every load script: one machine-readable line per run, on stderr.
-- RESULT <requests> <req/s> <p50 ms> <p99 ms> <non-2xx> <socket errors>
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.stderr:write(string.format("RESULT %d %.1f %.2f %.2f %d %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
end

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function read_lines(path)
  local lines = {}
  for line in io.lines(path) do lines[#lines + 1] = line end
  return lines
end

-- BENCH_DEBUG=1 prints the first few failed responses (costs wrk some CPU, so off by default).
if os.getenv("BENCH_DEBUG") == "1" then
  local shown = 0
  response = function(status, headers, body)
    if status >= 300 and shown < 3 then
      shown = shown + 1
      io.stderr:write("FAILED " .. status .. " " .. body .. "\n")
    end
  end
end
