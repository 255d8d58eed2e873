-- wrk script: GET the URL given to wrk with a bearer token taken round-robin from TOKENS
-- (comma-separated), so the gateway's per-client rate limit can stay on during a load run.
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  n = 0
  tokens = {}
  for t in string.gmatch(os.getenv("TOKENS") or os.getenv("TOKEN") or "", "[^,]+") do
    table.insert(tokens, t)
  end
end

function request()
  n = n + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[(n + tid) % #tokens + 1] })
end
