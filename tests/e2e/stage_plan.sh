#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# End-to-end: a stage plan across 50 secrets, by mouse, in the real keystage window under Xvfb.
#   stage_plan.sh KEYSTAGE SCREENSHOT_DIR
# 1. starts Xvfb and `keystage --sandbox` in a scratch HOME (as drag_and_bulk_delete.sh does);
# 2. creates 50 secrets e2e-plan-NN, each with v1 (BETA), v2, v3 (curl, IAM token);
# 3. filters the list to them, clicks the first, selects all 50, opens Secrets > Stage plan…;
# 4. types BETA with the mouse in the stage field, clicks Build plan: 50 rows to change;
# 5. clicks Apply: 50 of 50 done, and the server holds BETA on v3 for every one of them;
# 6. closes the dialog and presses Ctrl+Z: one undo step puts BETA back on v1 on all 50.
# Screenshots: stage-plan-built.png, stage-plan-applied.png.
set -euo pipefail
keystage=$1
shots=$2
mkdir -p "$shots"

scratch=$(mktemp -d /tmp/keystage-e2e-plan.XXXXXX)
xvfb_pid='' app_pid=''
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  [[ -n $app_pid ]] && wait "$app_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  echo "--- keystage log ---" >&2; tail -50 "$scratch/keystage.log" >&2 || true
  echo "--- probe ---" >&2; cat "$scratch/probe.txt" >&2 || true
  [[ -n ${DISPLAY:-} ]] && import -window root "$scratch/failure.png" 2>/dev/null \
    && cp "$scratch/failure.png" "$shots/e2e-plan-failure.png" \
    && echo "screenshot: $shots/e2e-plan-failure.png" >&2
  exit 1
}
source "$(dirname "$0")/common.sh"

start_window_on_sandbox "$keystage"

n=50
names=()
for ((i = 0; i < n; i++)); do
  name=$(printf 'e2e-plan-%02d' "$i")
  names+=("$name")
  api POST secrets "{\"name\":\"$name\",\"secret_string\":\"one\"}" >/dev/null || fail "create $name"
  api POST "secrets/$name/versions" '{"secret_string":"two"}' >/dev/null
  api POST "secrets/$name/versions" '{"secret_string":"three"}' >/dev/null
  api POST "secrets/$name/stages" '{"name":"BETA","version_id":"v1"}' >/dev/null \
    || fail "BETA on $name"
done
beta_count_on() { # VERSION: how many of the 50 hold BETA on it
  local count=0 name
  for name in "${names[@]}"; do
    [[ $(api GET "secrets/$name/stages/BETA" | json_string version_id) == "$1" ]] && count=$((count + 1))
  done
  echo "$count"
}

probe() { cat "$scratch/probe.txt" 2>/dev/null || true; }
probe_has() { probe | grep -q -- "$1"; }
coords() { probe | awk -v k="$1" -v n="$2" '$1 == k && $2 == n { print $3, $4; exit }'; }
label() { probe | awk -v n="$1" '$1 == "label" && $2 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print; exit }'; }
click() { local x y; read -r x y < <(coords "$1" "$2"); [[ -n $x ]] || fail "no $1 $2"; xdotool mousemove "$x" "$y" click 1; }

window=$(xdotool search --sync --pid "$app_pid" --name '^Keystage$' | head -1)
[[ -n $window ]] || fail "no Keystage window"
xdotool windowfocus --sync "$window" || true
wait_for "the first page of secrets" 300 probe_has '^secret '

# --- the 50 secrets: filter, click the first, select them all ---
xdotool key --clearmodifiers ctrl+f
xdotool type --delay 20 e2e-plan
xdotool key Return
only_plan() { probe_has '^secret e2e-plan-00 ' && ! probe | grep '^secret ' | grep -vq '^secret e2e-plan-'; }
wait_for "the search result" 300 only_plan
click secret e2e-plan-00
xdotool key --clearmodifiers ctrl+a
xdotool key --clearmodifiers alt+s
xdotool key p
wait_for "the stage plan dialog" 100 probe_has '^dialog stagePlanDialog'
dialog=$(xdotool search --sync --pid "$app_pid" --name '^Stage plan' | head -1)
[[ -n $dialog ]] && xdotool windowfocus --sync "$dialog" || true
probe_has '^button buildButton .* disabled' || fail "Build plan is enabled before a stage is typed"

# --- plan: promote BETA to the newest version ---
click edit stageEdit
xdotool type --delay 20 BETA
wait_for "Build plan to enable" 100 probe_has '^button buildButton .* enabled'
click button buildButton
built() { label statusLabel | grep -Eq "^$n secret(s|\(s\)) to change, $n with risks"; }
wait_for "the plan of $n secrets" 300 built
probe_has '^button applyButton .* enabled' || fail "Apply is not enabled"
import -window root "$shots/stage-plan-built.png"
[[ $(beta_count_on v1) == "$n" ]] || fail "the plan wrote something"
echo "OK: the plan lists $n secrets to change, nothing written"

# --- apply ---
click button applyButton
applied() { label statusLabel | grep -q "^$n of $n done"; }
wait_for "the plan to be applied" 600 applied
import -window root "$shots/stage-plan-applied.png"
moved=$(beta_count_on v3)
[[ $moved == "$n" ]] || fail "the server holds BETA on v3 for $moved of $n secrets"
echo "OK: applied: BETA on v3 for all $n secrets on the server"

# --- one undo step ---
click button closeButton
no_dialog() { ! probe_has '^dialog'; }
wait_for "the dialog to close" 100 no_dialog
xdotool windowfocus --sync "$window" || true
xdotool key --clearmodifiers ctrl+z
back() { [[ $(beta_count_on v1) == "$n" ]]; }
wait_for "the undo on the server" 300 back
echo "OK: one Ctrl+Z put BETA back on v1 for all $n secrets"

xdotool key --clearmodifiers ctrl+q
exited() { ! kill -0 "$app_pid" 2>/dev/null; }
wait_for "keystage to quit" 100 exited
wait "$app_pid" || fail "keystage exited with an error"
app_pid=''
