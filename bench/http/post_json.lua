-- wrk script: POST one JSON body through the full stack, authenticated with an API key.
-- Environment: CARAVAN_BENCH_KEY (the bearer token), CARAVAN_BENCH_PATH (e.g. /api/v1/quotes),
-- CARAVAN_BENCH_BODY_FILE (the file holding the body).
local key = os.getenv("CARAVAN_BENCH_KEY")
local path = os.getenv("CARAVAN_BENCH_PATH")
local file = assert(io.open(os.getenv("CARAVAN_BENCH_BODY_FILE"), "rb"))
local body = file:read("*a")
file:close()

request = function()
  local headers = {["Content-Type"] = "application/json"}
  if key and key ~= "" then headers["Authorization"] = "Bearer " .. key end
  return wrk.format("POST", path, headers, body)
end

-- A run that measured errors must not be mistaken for a fast one.
response = function(status, headers, body)
  if status ~= 200 then error("non-200 answer " .. status .. ": " .. body) end
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx responses: %d\n", summary.errors.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%g latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
