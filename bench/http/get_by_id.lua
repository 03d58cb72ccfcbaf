-- wrk script: GET one record by id through the full stack, authenticated with an API key.
-- Environment: CARAVAN_BENCH_KEY (the bearer token), CARAVAN_BENCH_PATH (e.g. /api/v1/products/123).
local key = os.getenv("CARAVAN_BENCH_KEY")
local path = os.getenv("CARAVAN_BENCH_PATH")

request = function()
  local headers = {}
  if key and key ~= "" then headers["Authorization"] = "Bearer " .. key end
  return wrk.format("GET", path, headers)
end

-- Count non-200 answers so a run that measured errors is not mistaken for a fast one.
local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("non-200 responses: %d\n", summary.errors.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%g latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
