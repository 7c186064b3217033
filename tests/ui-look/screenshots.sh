#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The screenshots in docs/screenshots that show the look (run by hand, not by ctest):
#   tests/ui-look/screenshots.sh BUILD_DIR [OUT_DIR]   (OUT_DIR defaults to docs/screenshots)
# Each shot runs lookshow (tests/ui-look/lookshow.cpp) under its own Xvfb, in a scratch HOME with
# no D-Bus session (nothing can autolaunch a keyring prompt): the window on the local sandbox
# (csms-local, 250 demo secrets) with a secret of four versions and two custom stages selected.
#   profile-dialog.png       the connection profile dialog
#   main-window.png          the main window, light palette, English
#   main-window-zh_CN.png    the main window in Simplified Chinese (system locale LANG=zh_CN.UTF-8)
#   main-window-dark.png     the main window on a dark palette
#   main-window-2x.png       the dark window at QT_SCALE_FACTOR=2 (SVG icons stay sharp)
#   board-12-stages.png      the window at 900x600, a version holding all 12 stages (chips wrap)
#   window-900x600.png       the whole window at 900x600: a secret selected, its versions, stages
#   stage-plan.png           the stage plan dialog: "promote BETA" over six prod-payments-* secrets
#   tags.png                 the Tags dialog over the window; v1 expired, v3 expiring in 3 days
#   rotation.png             a rotated two-user database secret and the Rotate now preview
set -euo pipefail
build=$(cd "$1" && pwd)
out=${2:-$(cd "$(dirname "$0")/../.." && pwd)/docs/screenshots}
lookshow=$build/tests/ui-look/lookshow
[[ -x $lookshow ]] || { echo "build the lookshow target first" >&2; exit 2; }
mkdir -p "$out"

shot() { # NAME SCREEN ENV... -- ARGS...
  local name=$1 screen=$2; shift 2
  local envs=()
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  local scratch
  scratch=$(mktemp -d /tmp/keystage-look.XXXXXX)
  mkdir -m 0700 "$scratch/run"
  exec 3>"$scratch/display"
  Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset >"$scratch/xvfb.log" 2>&1 &
  local xvfb=$!
  exec 3>&-
  for ((i = 0; i < 100; i++)); do [[ -s $scratch/display ]] && break; sleep 0.1; done
  local status=0
  env -u WAYLAND_DISPLAY -u SESSION_MANAGER HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run" \
    XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-bus" DISPLAY=":$(head -1 "$scratch/display")" \
    QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false' "${envs[@]}" \
    timeout 120 "$lookshow" --out "$out/$name" "$@" >"$scratch/lookshow.log" 2>&1 || status=$?
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  if [[ $status -ne 0 ]]; then
    echo "FAIL: $name (exit $status)" >&2
    cat "$scratch/lookshow.log" >&2
    rm -rf "$scratch"
    exit 1
  fi
  rm -rf "$scratch"
  echo "$out/$name"
}

shot profile-dialog.png 1280x800x24 LANG=C.UTF-8 -- --scene profiles
shot main-window.png 1400x900x24 LANG=C.UTF-8 -- --scene main
shot main-window-zh_CN.png 1400x900x24 LANG=zh_CN.UTF-8 -- --scene main
shot main-window-dark.png 1400x900x24 LANG=C.UTF-8 -- --scene main --dark
shot main-window-2x.png 2800x1800x24 LANG=C.UTF-8 QT_SCALE_FACTOR=2 -- --scene main --dark
shot board-12-stages.png 1024x768x24 LANG=C.UTF-8 -- --scene stages12
shot window-900x600.png 1024x768x24 LANG=C.UTF-8 -- --scene main --size 900x600
shot stage-plan.png 1400x900x24 LANG=C.UTF-8 -- --scene plan
shot tags.png 1400x900x24 LANG=C.UTF-8 -- --scene tags
shot rotation.png 1400x900x24 LANG=C.UTF-8 -- --scene rotation
