#!/usr/bin/env bash
# Streaming throughput of the analysis API: a 1 GiB file downloaded through
# GET /api/analysis/stream by 1 and by 16 concurrent clients (curl), beside the same file
# served by nginx when nginx is installed. Writes bench/results/stream.json.
#
#   ./coach up --detach          # the platform on :8000/:8001 with the demo data
#   bench/stream/run.sh
#
# The file goes to $ANALYSIS_OUTPUT_ROOT/<run id>/bench-1gib.bin (default var/analysis-output),
# and an analysis_runs row of the demo coach's team is upserted so that the coach may read it:
# with the `mariadb`/`mysql` client (PATH, or the embedded server's own under var/mariadb),
# against DB_HOST/DB_PORT (default: the embedded MariaDB's port, read from var/coach.log).
# Set BENCH_SKIP_SEED=1 when the row exists already.
#
# Settings (environment): ANALYSIS_URL (http://127.0.0.1:8001), PRODUCT_URL (http://127.0.0.1:8000),
# BENCH_EMAIL / BENCH_PASSWORD (the demo coach), BENCH_SIZE_MIB (1024), BENCH_CLIENTS ("1 16"),
# BENCH_REPEAT (3), NGINX_PORT (8089).
set -euo pipefail

cd "$(dirname "$0")/../.."
REPO=$(pwd)
ANALYSIS_URL=${ANALYSIS_URL:-http://127.0.0.1:8001}
PRODUCT_URL=${PRODUCT_URL:-http://127.0.0.1:8000}
OUTPUT_ROOT=${ANALYSIS_OUTPUT_ROOT:-$REPO/var/analysis-output}
EMAIL=${BENCH_EMAIL:-coach@demo.club}
PASSWORD=${BENCH_PASSWORD:-DemoCoach2026!}
SIZE_MIB=${BENCH_SIZE_MIB:-1024}
CLIENTS=${BENCH_CLIENTS:-1 16}
REPEAT=${BENCH_REPEAT:-3}
NGINX_PORT=${NGINX_PORT:-8089}
RUN_ID=${BENCH_RUN_ID:-00000000-0000-4000-8000-0000000b3e4c}
FILE_NAME=bench-1gib.bin
RESULT=$REPO/bench/results/stream.json

say() { echo "bench: $*" >&2; }
die() { say "$*"; exit 1; }

command -v curl >/dev/null || die "curl is required"
curl -fsS "$ANALYSIS_URL/healthz" >/dev/null 2>&1 || die "the analysis API does not answer at $ANALYSIS_URL (start it: ./coach up --detach)"

# --- sign in, find the coach's team ---
login=$(curl -fsS -X POST "$PRODUCT_URL/api/token" --data-urlencode "username=$EMAIL" --data-urlencode "password=$PASSWORD") \
  || die "login of $EMAIL failed at $PRODUCT_URL/api/token"
TOKEN=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$login")
[[ -n "$TOKEN" ]] || die "no access_token in the login answer"
me=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$PRODUCT_URL/api/users/me")
TEAM_ID=${BENCH_TEAM_ID:-$(grep -o '"team_id" *: *"[^"]*"' <<<"$me" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')}
[[ -n "$TEAM_ID" ]] || die "$EMAIL has no team_id (set BENCH_TEAM_ID)"

# --- seed the run row ---
if [[ "${BENCH_SKIP_SEED:-0}" != "1" ]]; then
  client=$(command -v mariadb || command -v mysql || true)
  [[ -n "$client" ]] || { [[ -x "$REPO/var/mariadb/base/bin/mariadb" ]] && client="$REPO/var/mariadb/base/bin/mariadb"; }
  [[ -n "$client" ]] || die "no mariadb/mysql client to seed the run row (install mariadb-client or set BENCH_SKIP_SEED=1)"
  db_port=${DB_PORT:-}
  if [[ -z "$db_port" && -f "$REPO/var/coach.log" ]]; then
    db_port=$(grep -o 'Embedded MariaDB .* up on 127.0.0.1:[0-9]*' "$REPO/var/coach.log" | tail -n 1 | sed 's/.*://')
  fi
  db_port=${db_port:-3306}
  say "seeding run $RUN_ID (team $TEAM_ID) in ${DB_NAME:-soccer_analytics} on ${DB_HOST:-127.0.0.1}:$db_port"
  MYSQL_PWD=${DB_PASSWORD:-} "$client" --protocol=TCP -h "${DB_HOST:-127.0.0.1}" -P "$db_port" -u "${DB_USER:-root}" \
    "${DB_NAME:-soccer_analytics}" -e "
      INSERT INTO analysis_runs (id, match_id, team_id, input_video_path, outputs, status)
      VALUES ('$RUN_ID', '$RUN_ID', '$TEAM_ID', 'uploads/$RUN_ID.mp4',
              '{\"bench_path\": \"$RUN_ID/$FILE_NAME\"}', 'COMPLETED')
      ON DUPLICATE KEY UPDATE team_id = VALUES(team_id), outputs = VALUES(outputs);" \
    || die "could not seed the run row"
fi

# --- the file: random bytes (nothing to gain from compression or sparse reads) ---
FILE="$OUTPUT_ROOT/$RUN_ID/$FILE_NAME"
BYTES=$((SIZE_MIB * 1024 * 1024))
mkdir -p "$(dirname "$FILE")"
if [[ ! -f "$FILE" || $(stat -c %s "$FILE") -ne $BYTES ]]; then
  say "writing $SIZE_MIB MiB to $FILE"
  head -c "$BYTES" /dev/urandom > "$FILE.tmp" && mv "$FILE.tmp" "$FILE"
fi
cat "$FILE" > /dev/null # into the page cache: we measure serving, not the disk

# MB/s (10^6 bytes per second) of $2 parallel downloads of URL $1 (extra curl args after)
measure() {
  local url=$1 clients=$2; shift 2
  local dir; dir=$(mktemp -d)
  local start end
  start=$(date +%s.%N)
  for ((i = 0; i < clients; i++)); do
    curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$@" "$url" > "$dir/$i" &
  done
  wait
  end=$(date +%s.%N)
  local total=0 code size
  for ((i = 0; i < clients; i++)); do
    read -r code size < "$dir/$i"
    [[ "$code" == "200" && "$size" -eq "$BYTES" ]] || { rm -rf "$dir"; die "download failed: HTTP $code, $size bytes"; }
    total=$((total + size))
  done
  rm -rf "$dir"
  awk -v b="$total" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", b / 1e6 / (e - s) }'
}

# JSON array of REPEAT measurements, then its best, for one server and client count
series() {
  local url=$1 clients=$2; shift 2
  local values=() best=0 v
  measure "$url" 1 "$@" > /dev/null # warm-up
  for ((r = 0; r < REPEAT; r++)); do
    v=$(measure "$url" "$clients" "$@")
    values+=("$v")
    ((v > best)) && best=$v
    say "$(basename "${url%%\?*}") clients=$clients run $((r + 1)): $v MB/s"
  done
  local IFS=,
  echo "{\"clients\": $clients, \"mb_per_s\": [${values[*]}], \"best_mb_per_s\": $best}"
}

STREAM_URL="$ANALYSIS_URL/api/analysis/stream?path=$RUN_ID%2F$FILE_NAME"
api_rows=()
for c in $CLIENTS; do
  api_rows+=("$(series "$STREAM_URL" "$c" -H "Authorization: Bearer $TOKEN")")
done

nginx_json="null"
nginx_note="nginx is not installed (apt-get install nginx): skipped"
if command -v nginx >/dev/null; then
  prefix=$(mktemp -d)
  mkdir -p "$prefix/logs"
  cat > "$prefix/nginx.conf" <<CONF
worker_processes 2;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log;
events { worker_connections 256; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $prefix/body;
  proxy_temp_path $prefix/proxy;
  fastcgi_temp_path $prefix/fastcgi;
  uwsgi_temp_path $prefix/uwsgi;
  scgi_temp_path $prefix/scgi;
  types { application/octet-stream bin; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUTPUT_ROOT;
  }
}
CONF
  nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  trap 'kill "$nginx_pid" 2>/dev/null || true; rm -rf "$prefix"' EXIT
  for _ in $(seq 50); do curl -fsS -o /dev/null -r 0-0 "http://127.0.0.1:$NGINX_PORT/$RUN_ID/$FILE_NAME" 2>/dev/null && break; sleep 0.1; done
  nginx_rows=()
  for c in $CLIENTS; do
    nginx_rows+=("$(series "http://127.0.0.1:$NGINX_PORT/$RUN_ID/$FILE_NAME" "$c")")
  done
  nginx_json="[$(IFS=,; echo "${nginx_rows[*]}")]"
  nginx_note="nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), sendfile on, 2 workers, same file"
fi

mkdir -p "$(dirname "$RESULT")"
cat > "$RESULT" <<JSON
{
  "benchmark": "GET of a ${SIZE_MIB} MiB file over loopback, whole file per client, file in the page cache",
  "measured_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "host": {"cpus": $(nproc), "kernel": "$(uname -r)", "java": "$(java -version 2>&1 | head -n 1 | sed 's/"//g')"},
  "unit": "MB/s = 10^6 bytes per second, all clients together",
  "file_bytes": $BYTES,
  "repeat": $REPEAT,
  "analysis_api": {"url": "$ANALYSIS_URL/api/analysis/stream?path=<run>/$FILE_NAME", "results": [$(IFS=,; echo "${api_rows[*]}")]},
  "nginx": {"note": "$nginx_note", "results": $nginx_json}
}
JSON
say "results in $RESULT"
cat "$RESULT"
