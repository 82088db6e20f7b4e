-- wrk script of bench/run's JIT warm-up: GET requests cycling through BENCH_PATHS (space-separated),
-- with the bearer token of BENCH_TOKEN. Nothing is recorded: it only brings the JIT to steady state.
local token = os.getenv("BENCH_TOKEN")
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do paths[#paths + 1] = p end
local i = 0
local headers = {}
if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end
