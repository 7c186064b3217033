#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# csms-local throughput and latency with wrk (a benchmark, not a test): the same machine serves a
# static JSON file of the same size from nginx as the ceiling for "an HTTP server answering JSON".
#   bench/server-bench.sh [BUILD_DIR]      (default build/release; scripts/deps --bench first)
# Prints one table row per scenario: requests/s, p50 and p99 latency.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
server=$build/server/csms-local
[[ -x $server ]] || { echo "build csms-local first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
command -v wrk >/dev/null && command -v nginx >/dev/null || scripts/deps --bench

source bench/common.sh
bench_scratch bench
project=2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c
duration=${BENCH_DURATION:-10s}
conns=${BENCH_CONNECTIONS:-8}

seed_start=$(date +%s.%N)
start_csms_local "$server" --data "$work/bench.db" --seed-demo "${BENCH_SECRETS:-100000}"
seed_end=$(date +%s.%N)
printf 'seed %s secrets + start: %.1f s\n' "${BENCH_SECRETS:-100000}" "$(echo "$seed_end - $seed_start" | bc)"

token=$(curl -si "$base/v3/auth/tokens" -H 'Content-Type: application/json' -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"sandbox"},"name":"sandbox-admin","password":"sandbox-password"}}},"scope":{"project":{"id":"'$project'"}}}}' \
  | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p')
[[ -n $token ]] || { echo "no token" >&2; exit 1; }

# nginx serving the same bytes as the list-secrets page, as a static file.
mkdir -p "$work/www"
chmod a+rx "$work" "$work/www" # nginx workers run as an unprivileged user
curl -s -H "X-Auth-Token: $token" "$base/v1/$project/secrets?limit=50" >"$work/www/page.json"
start_nginx "  server { listen 127.0.0.1:18788; root $work/www; default_type application/json; }"
until curl -sf http://127.0.0.1:18788/page.json >/dev/null; do sleep 0.1; done

run() { # name url [extra wrk args]
  local name=$1 url=$2; shift 2
  local out
  out=$(wrk -t2 -c"$conns" -d"$duration" --latency "$@" "$url")
  local errors
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '| %-40s | %8s | %8s | %8s | %s |\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "${errors:-0}"
}
echo "| scenario ($conns connections, $duration) | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
run "nginx static JSON ($(wc -c <"$work/www/page.json") bytes)" http://127.0.0.1:18788/page.json
run "list secrets, limit 50 (token)" "$base/v1/$project/secrets?limit=50" -H "X-Auth-Token: $token"
run "list secrets, marker in the middle" "$base/v1/$project/secrets?limit=50&marker=m" -H "X-Auth-Token: $token"
first=$(grep -o '"name":"[^"]*"' "$work/www/page.json" | head -1 | cut -d'"' -f4)
run "show secret" "$base/v1/$project/secrets/$first" -H "X-Auth-Token: $token"
run "list versions" "$base/v1/$project/secrets/$first/versions" -H "X-Auth-Token: $token"
# A secret with two versions and a custom stage that the update scenario moves back and forth.
api="$base/v1/$project/secrets"
auth=(-H "X-Auth-Token: $token" -H 'Content-Type: application/json;charset=UTF-8')
curl -sf "${auth[@]}" "$api" -d '{"name":"bench-stage","secret_string":"one"}' >/dev/null
curl -sf "${auth[@]}" "$api/bench-stage/versions" -d '{"secret_string":"two"}' >/dev/null
curl -sf "${auth[@]}" "$api/bench-stage/stages" -d '{"name":"BENCH","version_id":"v1"}' >/dev/null
run "show stage" "$api/bench-stage/stages/BENCH" -H "X-Auth-Token: $token"
cat >"$work/move.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  -- wrk.format replaces wrk.headers (Host, the token) when given a table: copy them.
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Content-Type"] = "application/json;charset=UTF-8"
  local body = '{"version_id":"v' .. (n % 2 + 1) .. '"}'
  return wrk.format("PUT", nil, headers, body)
end
LUA
run "update stage (PUT, a durable write)" "$api/bench-stage/stages/BENCH" -H "X-Auth-Token: $token" -s "$work/move.lua"
cat >"$work/search.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"action":"filter","limit":"10","offset":"0","matches":[{"key":"resource_name","value":"payments-api"}]}'
wrk.headers["Content-Type"] = "application/json;charset=UTF-8"
LUA
run "name search (resource_instances filter)" "$base/v1/$project/csms/resource_instances/action" -H "X-Auth-Token: $token" -s "$work/search.lua"
