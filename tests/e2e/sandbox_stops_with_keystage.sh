#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The sandbox server never outlives Keystage: `keystage --sandbox` (offscreen, scratch HOME) starts
# its csms-local; keystage is then killed with SIGKILL, as a crash or a killed session would end
# it, with no chance to stop the server itself. csms-local (--exit-with-parent) must notice that
# its standard input closed and stop, and its database must open again with the demo data.
#   sandbox_stops_with_keystage.sh KEYSTAGE
set -euo pipefail
keystage=$1
scratch=$(mktemp -d /tmp/keystage-orphan.XXXXXX)
app_pid='' server_pid=''
cleanup() {
  [[ -n $app_pid ]] && kill -9 "$app_pid" 2>/dev/null || true
  [[ -n $server_pid ]] && kill -9 "$server_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; cat "$scratch/keystage.log" >&2 || true; exit 1; }
source "$(dirname "$0")/common.sh"

HOME=$scratch QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS= \
  "$keystage" --sandbox --verbose >"$scratch/keystage.log" 2>&1 &
app_pid=$!
find_server() { server_pid=$(pgrep -P "$app_pid" -x csms-local || true); [[ -n $server_pid ]]; }
wait_for "keystage to start csms-local" 300 find_server
data=$(tr '\0' ' ' <"/proc/$server_pid/cmdline" | sed -n 's/.*--data \([^ ]*\).*/\1/p')
[[ -n $data ]] || fail "no --data in csms-local's command line"
grep -q -- '--exit-with-parent' "/proc/$server_pid/cmdline" || fail "csms-local was started without --exit-with-parent"
# --verbose prints each call (method, path, status): the first list of secrets shows it is serving.
serving() { grep -q 'keystage.api: GET .*/secrets 200' "$scratch/keystage.log"; }
wait_for "the window's first list of secrets from the sandbox" 300 serving

kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=''
gone() { ! kill -0 "$server_pid" 2>/dev/null; }
wait_for "csms-local to stop after keystage was killed" 100 gone
server_pid=''
echo "OK: csms-local stopped when keystage was killed"

# It stopped cleanly: a new server on the same file answers with the demo secrets.
server=$(dirname "$keystage")/../server/csms-local
[[ -x $server ]] || server=$(command -v csms-local)
"$server" --listen 127.0.0.1:0 --data "$data" >"$scratch/server.log" 2>&1 &
server_pid=$!
up() { grep -q 'listening on' "$scratch/server.log"; }
wait_for "the server to start again" 300 up
url=$(grep -o 'http://[0-9.:]*' "$scratch/server.log" | head -1)
token=$(sandbox_token "$url")
[[ -n $token ]] || fail "no IAM token from the restarted sandbox"
page=$(curl -s -H "X-Auth-Token: $token" "$url/v1/2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c/secrets?limit=1")
grep -q '"current_count":1' <<<"$page" || fail "the restarted sandbox lists no secrets: $page"
echo "OK: the sandbox database opens again with its secrets"
