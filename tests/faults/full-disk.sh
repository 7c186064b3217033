#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fault run: csms-local on a full disk (docs/reliability.md). Its data file lives on a 1 MiB
# tmpfs (needs root for the mount); secrets are created until the disk is full. What must hold:
# every refused write gets a clear error (CSMS.0001, no crash, the server keeps answering reads),
# PRAGMA integrity_check is "ok" afterwards, and every secret acknowledged before is still there
# once the server restarts on the same file.
#   tests/faults/full-disk.sh [BUILD_DIR]       (default build/ci; needs csms-local built there)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
server=$build/server/csms-local
[[ -x $server ]] || { echo "full-disk: build csms-local first ($server)"; exit 2; }
mnt=$(mktemp -d /tmp/keystage-fulldisk.XXXXXX)
out=$(mktemp -d /tmp/keystage-fulldisk-out.XXXXXX)
pid=
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  umount "$mnt" 2>/dev/null || true
  rmdir "$mnt" 2>/dev/null || true
  rm -rf "$out"
}
trap cleanup EXIT
mount -t tmpfs -o size=1m tmpfs "$mnt"
db=$mnt/csms.db
project=2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c

start() {
  "$server" --listen 127.0.0.1:0 --data "$db" >"$out/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    url=$(sed -n 's/^csms-local listening on \(http:[^ ]*\).*/\1/p' "$out/server.log")
    [[ -n $url ]] && return 0
    sleep 0.1
  done
  echo "full-disk: csms-local did not start"; cat "$out/server.log"; exit 1
}
token() {
  curl -sfi "$url/v3/auth/tokens" -H 'Content-Type: application/json' -d '{
    "auth": {"identity": {"methods": ["password"], "password": {"user": {
        "domain": {"name": "sandbox"}, "name": "sandbox-admin", "password": "sandbox-password"}}},
      "scope": {"project": {"id": "'$project'"}}}}' | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p'
}

start
tok=$(token)
acknowledged=0
refused=0
value=$(head -c 3000 /dev/zero | tr '\0' 'x')
for i in $(seq 1 2000); do
  status=$(curl -s -o "$out/body" -w '%{http_code}' -H "X-Auth-Token: $tok" \
    -H 'Content-Type: application/json' "$url/v1/$project/secrets" \
    -d "{\"name\":\"fill-$i\",\"secret_string\":\"$value\"}")
  if [[ $status == 200 || $status == 201 ]]; then
    acknowledged=$((acknowledged + 1))
  else
    refused=$((refused + 1))
    [[ $refused == 1 ]] && { echo "first refusal (secret $i): HTTP $status $(cat "$out/body")"; }
    [[ $refused -ge 20 ]] && break
  fi
done
kill -0 "$pid" || { echo "full-disk: csms-local died"; cat "$out/server.log"; exit 1; }
reads=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Auth-Token: $tok" "$url/v1/$project/secrets?limit=1")
echo "acknowledged $acknowledged, refused $refused, a read afterwards: HTTP $reads, disk $(df -h "$mnt" | awk 'NR==2 {print $5}') used"
kill "$pid"; wait "$pid" || true; pid=
integrity=$(sqlite3 "$db" 'PRAGMA integrity_check;')
echo "PRAGMA integrity_check: $integrity"
start
tok=$(token)
listed=0
marker=
while :; do
  page=$(curl -sf -H "X-Auth-Token: $tok" "$url/v1/$project/secrets?limit=200${marker:+&marker=$marker}")
  n=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["secrets"] or []), (d.get("page_info") or {}).get("next_marker") or "")' <<<"$page")
  listed=$((listed + ${n%% *}))
  marker=${n#* }
  [[ $marker == "${n%% *}" || -z $marker || ${n%% *} == 0 ]] && break
done
echo "after restart: $listed secrets listed"
[[ $integrity == ok && $refused -gt 0 && $reads == 200 && $listed -ge $acknowledged ]] \
  && echo "full-disk: held" || { echo "full-disk: FAILED"; exit 1; }
