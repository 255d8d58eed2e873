-- wrk script: GET /api/v1/visits/due with the token of a different grid worker on each request.
-- TOKENS = space-separated bearer tokens (one per seeded worker), e.g. from bench/grid-bench.sh.
local tokens = {}
for t in string.gmatch(os.getenv("TOKENS") or "", "%S+") do tokens[#tokens + 1] = t end
local i = 0
request = function()
  i = i + 1
  local t = tokens[(i % #tokens) + 1]
  return wrk.format("GET", "/api/v1/visits/due", { ["Authorization"] = "Bearer " .. t })
end
done = function(summary, latency, requests)
  io.write(string.format("status: non2xx=%d socket_errors=%d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
