#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a command on an X server of its own (Xvfb on a display it picks itself, -displayfd) with
# Qt's xcb platform: for ui tests of what only X11 has, such as the primary selection. The server
# is stopped when the command ends; the command's exit code is the script's.
#   with-xvfb.sh COMMAND [ARGS...]
set -euo pipefail
command -v Xvfb >/dev/null || { echo "with-xvfb.sh: Xvfb is missing (scripts/deps)" >&2; exit 1; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/keystage-xvfb.XXXXXX")
xvfb_pid=''
cleanup() {
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
exec 3>"$scratch/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
# Xvfb writes the display number once it accepts connections (bounded wait, 10 s).
for ((i = 0; i < 100; i++)); do
  [[ -s $scratch/display ]] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$scratch/xvfb.log" >&2; exit 1; }
  sleep 0.1
done
[[ -s $scratch/display ]] || { echo "with-xvfb.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(head -1 "$scratch/display") QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
"$@"
