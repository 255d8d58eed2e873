-- wrk script: PHQ-9 submissions through the gateway, one Idempotency-Key per request; anonymous
-- (kiosk-style) subjects, since person ids are issued by the platform.
-- Env: TOKEN (one client) or TOKENS (comma-separated: many clients, as on a screening day, so the
-- gateway's per-client rate limit can stay on; requests go round-robin over them), AREA.
-- Counts status classes per thread and prints them at the end.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  ok = 0
  client_errors = 0
  server_errors = 0
  math.randomseed(os.time() + tid * 7919)
  tokens = {}
  for t in string.gmatch(os.getenv("TOKENS") or os.getenv("TOKEN") or "", "[^,]+") do
    table.insert(tokens, t)
  end
  area = os.getenv("AREA") or "330327101001"
end

function request()
  n = n + 1
  local answers = {}
  for i = 1, 8 do answers[i] = tostring(math.random(0, 3)) end
  answers[9] = "0"
  local body = '{"instrument":"PHQ9","answers":[' .. table.concat(answers, ",") ..
    '],"areaCode":"' .. area .. '","consent":{"healthData":true}}'
  return wrk.format("POST", "/api/v1/assessments", {
    ["Authorization"] = "Bearer " .. tokens[(n + tid) % #tokens + 1],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "wrk-" .. tid .. "-" .. n .. "-" .. os.time()
  }, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status >= 500 then server_errors = server_errors + 1
  else client_errors = client_errors + 1 end
end

function done(summary, latency, requests)
  local o, c, s = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); c = c + t:get("client_errors"); s = s + t:get("server_errors")
  end
  io.write(string.format("status: 2xx=%d 4xx=%d 5xx=%d socket_errors=%d\n", o, c, s,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
