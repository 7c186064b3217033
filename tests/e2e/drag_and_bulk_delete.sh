#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# End-to-end: the real keystage window under Xvfb, driven by xdotool, checked on csms-local.
#   drag_and_bulk_delete.sh KEYSTAGE SCREENSHOT_DIR
# 1. starts Xvfb on a free display (-displayfd) and `keystage --sandbox` in a scratch HOME, with no
#    D-Bus session (nothing can autolaunch a keyring prompt), and the e2e probe on;
# 2. creates a secret with three versions and a BETA stage on v2 (curl, IAM token);
# 3. finds it with the filter box, selects it, and drags the BETA chip onto v3 with a real mouse
#    drag (press, two small moves, the move to the target, release) — checks the server;
# 4. selects three secrets, presses Delete, types 3, schedules their deletion — checks the server;
# 5. with the filter still listing only those three, opens Secrets > Delete all secrets of an
#    instance: the preview reads every secret on the server, finds the two of instance e2e-rds-1
#    (an RDS-FG secret, and a COMMON one by its InstanceType key), and the server deletes exactly
#    as many as the preview counted;
# 6. saves a new connection profile by clicking Save with the mouse (it used to fail with "This
#    profile no longer exists" and switch the form to another profile);
# 7. quits with Ctrl+Q and checks that the sandbox server stopped too, and that the terminal got
#    none of the per-call lines (those are for --verbose).
# Screenshots: main-window.png, board-drag.png, bulk-delete.png, bulk-delete-results.png,
# instance-delete.png, profile-saved.png.
set -euo pipefail
keystage=$1
shots=$2
mkdir -p "$shots"

scratch=$(mktemp -d /tmp/keystage-e2e.XXXXXX)
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
  echo "--- keystage log ---" >&2; cat "$scratch/keystage.log" >&2 || true
  echo "--- probe ---" >&2; cat "$scratch/probe.txt" >&2 || true
  [[ -n ${DISPLAY:-} ]] && import -window root "$scratch/failure.png" 2>/dev/null \
    && cp "$scratch/failure.png" "$shots/e2e-failure.png" && echo "screenshot: $shots/e2e-failure.png" >&2
  exit 1
}
source "$(dirname "$0")/common.sh"

start_window_on_sandbox "$keystage"

api POST secrets '{"name":"e2e-drag","secret_string":"one"}' >/dev/null || fail "create e2e-drag"
api POST secrets/e2e-drag/versions '{"secret_string":"two"}' >/dev/null
api POST secrets/e2e-drag/versions '{"secret_string":"three"}' >/dev/null
api POST secrets/e2e-drag/stages '{"name":"BETA","version_id":"v2"}' >/dev/null
for i in 1 2 3; do
  api POST secrets "{\"name\":\"e2e-bulk-$i\",\"secret_string\":\"x\"}" >/dev/null \
    || fail "create e2e-bulk-$i"
done
api POST secrets '{"name":"e2e-inst-a","secret_string":"x","secret_type":"RDS-FG",
  "rotation_config":"{\"InstanceId\":\"e2e-rds-1\",\"SecretSubType\":\"SingleUser\"}"}' \
  >/dev/null || fail "create e2e-inst-a"
api POST secrets '{"name":"e2e-inst-b","secret_string":"x",
  "rotation_config":"{\"InstanceId\":\"e2e-rds-1\",\"InstanceType\":\"RDS\"}"}' \
  >/dev/null || fail "create e2e-inst-b"

probe() { cat "$scratch/probe.txt" 2>/dev/null || true; }
probe_has() { probe | grep -q -- "$1"; }
coords() { probe | awk -v k="$1" -v n="$2" '$1 == k && $2 == n { print $3, $4; exit }'; }
chip() { probe | awk -v v="$1" -v s="$2" '$1 == "chip" && $2 == v && $3 == s { print $4, $5; exit }'; }
row() { probe | awk -v v="$1" '$1 == "row" && $2 == v { print $3, $4; exit }'; }

window=$(xdotool search --sync --pid "$app_pid" --name '^Keystage$' | head -1)
[[ -n $window ]] || fail "no Keystage window"
xdotool windowfocus --sync "$window" || true
wait_for "the first page of secrets" 300 probe_has '^secret '

# --- find e2e-drag with the filter (server-side search) and select it ---
xdotool key --clearmodifiers ctrl+f
xdotool type --delay 20 e2e-drag
xdotool key Return
only_secret() { [[ $(probe | grep -c '^secret ') == 1 ]] && probe_has "^secret $1 "; }
wait_for "the search result" 300 only_secret e2e-drag
read -r sx sy < <(coords secret e2e-drag)
xdotool mousemove "$sx" "$sy" click 1
wait_for "the versions of e2e-drag" 300 probe_has '^board e2e-drag loading=0 pending=0'
wait_for "the BETA chip" 100 probe_has '^chip v2 BETA .* held'
import -window root "$shots/main-window.png"

# --- the drag: BETA from v2 onto v3 ---
read -r cx cy < <(chip v2 BETA)
read -r tx ty < <(row v3)
echo "dragging BETA from ($cx,$cy) to v3 at ($tx,$ty)"
xdotool mousemove "$cx" "$cy"
xdotool mousedown 1
xdotool mousemove $((cx + 4)) $((cy + 2))
xdotool mousemove $((cx + 8)) $((cy + 4))
xdotool mousemove $(((cx + tx) / 2)) $(((cy + ty) / 2))
xdotool mousemove "$tx" "$ty"
xdotool mousemove $((tx + 2)) "$ty"
import -window root "$shots/board-drag.png"
xdotool mouseup 1
holder() { api GET "secrets/e2e-drag/stages/BETA" | json_string version_id; }
holder_is() { [[ $(holder) == "$1" ]]; }
wait_for "BETA on v3 on the server" 300 holder_is v3
wait_for "the board to show the server's truth" 300 probe_has '^chip v3 BETA .* held'
probe_has '^chip v2 BETA' && fail "BETA still shown on v2"
echo "OK: the drag moved BETA to v3 on the server"

# --- bulk delete three secrets through the dialog ---
xdotool windowfocus --sync "$window" || true
xdotool key --clearmodifiers ctrl+f ctrl+a
xdotool type --delay 20 e2e-bulk
xdotool key Return
three_rows() { [[ $(probe | grep -c '^secret e2e-bulk-') == 3 && $(probe | grep -c '^secret ') == 3 ]]; }
wait_for "the three e2e-bulk secrets" 300 three_rows
read -r ax ay < <(coords secret e2e-bulk-1)
read -r bx by < <(coords secret e2e-bulk-3)
xdotool mousemove "$ax" "$ay" click 1
xdotool keydown shift mousemove "$bx" "$by" click 1 keyup shift
xdotool key Delete
wait_for "the bulk delete dialog" 100 probe_has '^dialog bulkDeleteDialog'
dialog=$(xdotool search --sync --pid "$app_pid" --name '^Delete secrets' | head -1)
[[ -n $dialog ]] || fail "no bulk delete window"
xdotool windowfocus --sync "$dialog" || true
probe_has '^button startButton .* disabled' || fail "the start button is enabled before typing"
read -r ex ey < <(coords edit confirmEdit)
xdotool mousemove "$ex" "$ey" click 1
xdotool type --delay 30 3
wait_for "the start button to enable" 100 probe_has '^button startButton .* enabled'
import -window root "$shots/bulk-delete.png"
read -r bx by < <(coords button startButton)
xdotool mousemove "$bx" "$by" click 1
state_of() { api GET "secrets/$1" | json_string state; }
all_pending() { for i in 1 2 3; do [[ $(state_of e2e-bulk-$i) == PENDING_DELETE ]] || return 1; done; }
wait_for "three PENDING_DELETE secrets on the server" 300 all_pending
wait_for "the results" 100 probe_has '^button copyReportButton'
import -window root "$shots/bulk-delete-results.png"
echo "OK: the dialog scheduled the deletion of three secrets"

read -r cx cy < <(coords button closeButton)
xdotool mousemove "$cx" "$cy" click 1
no_dialog() { ! probe_has '^dialog'; }
wait_for "the dialog to close" 100 no_dialog

# --- delete all secrets of an instance, with the filter still on e2e-bulk ---
xdotool windowfocus --sync "$window" || true
three_rows || fail "the filter no longer lists the three e2e-bulk secrets"
xdotool key --clearmodifiers alt+s
xdotool key i
wait_for "the instance delete dialog" 100 probe_has '^dialog instanceDeleteDialog'
label() { probe | awk -v n="$1" '$1 == "label" && $2 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print; exit }'; }
scanned() { label previewState | grep -q '^All '; }
wait_for "every secret on the server to be read" 300 scanned
probe_has '^button startButton .* disabled' || fail "the start button is enabled before typing"
read -r ix iy < <(coords edit instanceIdEdit)
xdotool mousemove "$ix" "$iy" click 1
xdotool type --delay 20 e2e-rds-1
two_found() { label matchCount | grep -q '^Keystage reads 2 of '; }
wait_for "the preview of e2e-rds-1" 100 two_found
preview=$(label matchCount | sed 's/^Keystage reads \([0-9]*\) of.*/\1/')
total=$(label matchCount | sed 's/.* of the \([0-9,]*\) secrets.*/\1/')
echo "preview: $preview of $total secrets on the server (the window lists 3)"
read -r ex ey < <(coords edit confirmEdit)
xdotool mousemove "$ex" "$ey" click 1
xdotool type --delay 30 "DELETE $preview"
wait_for "the start button to enable" 100 probe_has '^button startButton .* enabled'
read -r bx by < <(coords button startButton)
xdotool mousemove "$bx" "$by" click 1
finished() { label result | grep -q '^Total: '; }
wait_for "the server's result" 300 finished
import -window root "$shots/instance-delete.png"
deleted=$(label result | sed 's/.*deleted: \([0-9]*\).*/\1/')
[[ $deleted == "$preview" ]] || fail "the server deleted $deleted, the preview counted $preview"
for name in e2e-inst-a e2e-inst-b; do
  api GET "secrets/$name" >/dev/null && fail "$name is still on the server"
done
label result | grep -q 'exactly the previewed' || fail "the result does not match the preview"
echo "OK: the instance delete previewed $preview of $total secrets, and deleted exactly those"
read -r cx cy < <(coords button closeButton)
xdotool mousemove "$cx" "$cy" click 1
wait_for "the dialog to close" 100 no_dialog

# --- a new connection profile saved by clicking Save with the mouse ---
xdotool windowfocus --sync "$window" || true
xdotool key --clearmodifiers alt+f
xdotool key p
wait_for "the profile dialog" 100 probe_has '^button new '
profiles=$(xdotool search --sync --pid "$app_pid" --name '^Connection profiles' | head -1)
[[ -n $profiles ]] && xdotool windowfocus --sync "$profiles" || true
click_button() { local x y; read -r x y < <(coords button "$1"); xdotool mousemove "$x" "$y" click 1; }
type_into() { local x y; read -r x y < <(coords edit "$1"); xdotool mousemove "$x" "$y" click 1 key ctrl+a; xdotool type --delay 10 "$2"; }
click_button new
type_into name "E2E Staging"
type_into projectId 0123456789abcdef0123456789abcdef
type_into accessKey AKE2E00000000000001
type_into secretKey sk-e2e-typed-by-hand
click_button remember # no keychain here: keep the secret for this session
wait_for "Save to enable" 100 probe_has '^button save .* enabled'
click_button save
saved() { label status | grep -q '^Saved'; }
wait_for "the profile to be saved" 100 saved
label status | grep -q 'no longer exists' && fail "Save by mouse: $(label status)"
grep -rq 'E2E Staging' "$XDG_CONFIG_HOME" || fail "the new profile is not in the settings"
grep -rq 'sk-e2e-typed-by-hand' "$XDG_CONFIG_HOME" && fail "the secret key reached the settings"
import -window root "$shots/profile-saved.png"
echo "OK: a new profile was saved by a mouse click on Save"
click_button close
wait_for "the profile dialog to close" 100 no_dialog

# --- quit: the sandbox server stops with the window ---
xdotool windowfocus --sync "$window" || true
xdotool key --clearmodifiers ctrl+q
exited() { ! kill -0 "$app_pid" 2>/dev/null; }
wait_for "keystage to quit" 100 exited
wait "$app_pid" || fail "keystage exited with an error"
app_pid=''
server_gone() { ! curl -s -o /dev/null --max-time 1 "$url/v3/auth/tokens"; }
wait_for "the sandbox server to stop" 50 server_gone
echo "OK: keystage quit and stopped the sandbox"
# Dozens of calls were made; without --verbose none of them is printed on the terminal.
if grep -q 'keystage.api: [A-Z]* /v1/.* 200 ' "$scratch/keystage.log"; then
  fail "the per-call log lines were printed without --verbose"
fi
echo "OK: without --verbose the terminal shows no per-call lines"
