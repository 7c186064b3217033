#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fault run: secrets in logs (docs/reliability.md). `keystage --sandbox --verbose` (offscreen,
# scratch HOME, no D-Bus) lists the demo secrets and opens the first one; it is then stopped, and
# everything it wrote — stdout, stderr, the settings folder, the data folder but the sandbox's own
# database — is searched for every secret value the sandbox holds (read back with curl), the
# secret key, the IAM password and an IAM token. Reads a few seconds of --verbose output: a poll,
# not a test of timing.
#   tests/faults/secrets-in-logs.sh [KEYSTAGE]     (default build/ci/app/keystage)
set -euo pipefail
cd "$(dirname "$0")/../.."
keystage=${1:-build/ci/app/keystage}
[[ -x $keystage ]] || { echo "secrets-in-logs: build keystage first ($keystage)"; exit 2; }
scratch=$(mktemp -d /tmp/keystage-secrets.XXXXXX)
app_pid=
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "secrets-in-logs: FAILED: $*"; exit 1; }
source tests/e2e/common.sh
mkdir -m 0700 "$scratch/run"
export HOME=$scratch XDG_RUNTIME_DIR=$scratch/run XDG_DATA_HOME=$scratch/data \
  XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache QT_QPA_PLATFORM=offscreen
export DBUS_SESSION_BUS_ADDRESS=unix:path=$scratch/no-bus
unset QT_LOGGING_RULES DISPLAY WAYLAND_DISPLAY
"$keystage" --sandbox --verbose >"$scratch/stdout.log" 2>"$scratch/stderr.log" &
app_pid=$!
base_url() { cat "$scratch/stdout.log" "$scratch/stderr.log" | sed -n 's/.*sandbox listening on "\(http[^"]*\)".*/\1/p' | head -1; }
has_url() { [[ -n $(base_url) ]]; }
wait_for "the sandbox to listen" 600 has_url
url=$(base_url)
project=2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c
token=$(sandbox_token "$url")
[[ -n $token ]] || fail "no IAM token"
# Let the window list the secrets and open the first one: poll until --verbose shows a call on a
# secret's versions (the board) or ten seconds pass.
opened() { grep -q '/versions' "$scratch/stdout.log" "$scratch/stderr.log"; }
for _ in $(seq 100); do opened && break; sleep 0.1; done
calls=$(cat "$scratch/stdout.log" "$scratch/stderr.log" | grep -c '/v1/' || true)
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=

# Every value the sandbox holds (each version of each secret), read back over the API. The server
# is gone with keystage: read the database file directly instead.
db=$(find "$scratch/data" -name 'sandbox.db' | head -1)
[[ -n $db ]] || fail "no sandbox database"
mapfile -t values < <(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type='table'" >/dev/null \
  && python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
cols = [r[1] for r in db.execute("PRAGMA table_info(versions)")]
for col in cols:
    if 'string' in col or 'value' in col or 'binary' in col:
        for (v,) in db.execute(f"SELECT {col} FROM versions"):
            if isinstance(v, bytes):
                v = v.decode('utf-8', 'replace')
            if v and len(str(v)) >= 6:
                print(v)
PY
)
needles=("${values[@]}" "ksLocalSecretKey00000000000000000000000001" "sandbox-password" "$token")
# Everything keystage wrote, but the sandbox's own database (which holds the values by design).
mapfile -t files < <(find "$scratch" -type f ! -name 'sandbox.db*' ! -path "$scratch/run/*")
found=0
for needle in "${needles[@]}"; do
  [[ -z $needle ]] && continue
  if grep -rlF -- "$needle" "${files[@]}" >/dev/null 2>&1; then
    echo "secrets-in-logs: a secret (${needle:0:4}…) is in $(grep -rlF -- "$needle" "${files[@]}" | tr '\n' ' ')"
    found=1
  fi
done
echo "searched ${#files[@]} files ($(du -cb "${files[@]}" | tail -1 | cut -f1) bytes; $calls --verbose call lines) for ${#values[@]} values, the SK, the password and a token"
((found == 0)) && echo "secrets-in-logs: held" || fail "see above"
