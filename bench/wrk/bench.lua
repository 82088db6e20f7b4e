-- wrk script of bench/run: one request shape from the environment, a JSON summary at the end.
--   BENCH_METHOD (GET), BENCH_BODY (none), BENCH_CONTENT_TYPE, BENCH_TOKEN (Bearer, optional),
--   BENCH_OUT: the file the JSON goes to.
-- Latency percentiles come from wrk's own histogram (microseconds). Errors = socket errors
-- (connect, read, write, timeout) + responses that are not 2xx/3xx.
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local ctype = os.getenv("BENCH_CONTENT_TYPE")
local token = os.getenv("BENCH_TOKEN")
local out = os.getenv("BENCH_OUT") or "/dev/stdout"

wrk.method = method
if body and body ~= "" then wrk.body = body end
if ctype and ctype ~= "" then wrk.headers["Content-Type"] = ctype end
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end

done = function(summary, latency, requests)
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local f = io.open(out, "w")
  f:write(string.format(
    '{"requests": %d, "duration_s": %.2f, "requests_per_s": %.1f, "bytes": %d, ' ..
    '"latency_ms": {"mean": %.2f, "p50": %.2f, "p90": %.2f, "p99": %.2f, "max": %.2f}, ' ..
    '"errors": %d, "non_2xx_3xx": %d, "socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    socket_errors + e.status, e.status, e.connect, e.read, e.write, e.timeout))
  f:close()
end
