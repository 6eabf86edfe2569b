-- wrk script for bench-autosave.mjs's closed loop: every request is one child's autosave, as the
-- form keeper sends it, with words that change every time. The children (cookie and address, one
-- a line, tab between) come from the file named after `--`. wrk is the load generator here
-- because it takes far less of the machine's two cores than Node does, so the server's own
-- ceiling is what is measured.
local children = {}
local sent = 0
statuses = {}

function init(args)
  for line in io.lines(args[1]) do
    local cookie, address = line:match("^(.-)\t(.*)$")
    children[#children + 1] = { cookie = cookie, address = address }
  end
  origin = args[2]
end

function request()
  sent = sent + 1
  local child = children[(sent % #children) + 1]
  local feeling = (sent % 2 == 1) and "happy" or "okay"
  local body = "step=1&a%5Bfeel_now%5D=" .. feeling .. "&a%5Bfeel_now%3Awords%5D=I+like+drawing+and+football+" .. sent
  return wrk.format("POST", "/api/autosave", {
    ["Origin"] = origin,
    ["Cookie"] = child.cookie,
    ["X-Forwarded-For"] = child.address,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
  }, body)
end

function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency)
  local tally = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      tally[status] = (tally[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(tally) do parts[#parts + 1] = string.format('"%s":%d', status, n) end
  io.write(string.format("wrk-summary %d %d %.1f %.1f %.1f %.1f %s\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    "{" .. table.concat(parts, ",") .. "}"))
end
