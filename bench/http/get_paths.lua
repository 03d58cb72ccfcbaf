-- wrk script: GET a list of paths in turn (one per line in CARAVAN_BENCH_PATHS_FILE), authenticated
-- with CARAVAN_BENCH_KEY. Each thread starts at a different place in the list.
local key = os.getenv("CARAVAN_BENCH_KEY")
local paths = {}
for line in io.lines(os.getenv("CARAVAN_BENCH_PATHS_FILE")) do
  if line ~= "" then paths[#paths + 1] = line end
end
assert(#paths > 0, "no paths")
local next_index = 1

setup = function(thread)
  thread:set("offset", math.random(#paths))
end

init = function()
  next_index = (offset or 1)
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. key})
end

response = function(status, headers, body)
  if status ~= 200 then error("non-200 answer " .. status .. ": " .. body) end
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx responses: %d\n", summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99, 99.9}) do
    io.write(string.format("p%g latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
