#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret
# Service), in a scratch HOME that is deleted afterwards. The user's own keyring is never touched,
# and nothing can pop up a password prompt.
# Usage: with-keyring.sh [--locked | --no-login-keyring] COMMAND [ARGS...]
#   --locked            the login keyring exists but is locked (created, then the daemon restarts)
#   --no-login-keyring  the daemon runs but no keyring was ever set up (its "choose a password
#                       for the new keyring" prompt cannot be shown: as if the user dismissed it)
set -eu

keyring_state=unlocked
case "${1:-}" in
--locked)
    keyring_state=locked
    shift
    ;;
--no-login-keyring)
    keyring_state=missing
    shift
    ;;
esac

for tool in dbus-run-session gnome-keyring-daemon gdbus; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (install dbus, gnome-keyring and" \
            "libglib2.0-bin: scripts/deps)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/keystage-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
export KEYSTAGE_TEST_SCRATCH="$scratch"
export KEYSTAGE_TEST_KEYRING="$keyring_state"
# No X11/Wayland and no desktop hints: nothing may autolaunch a bus, pick KWallet or show a prompt.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION \
    KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID

# The daemon runs in the foreground (so its pid is known and it is stopped afterwards: it would
# outlive the bus otherwise); the command starts once the Secret Service name is on the bus.
status=0
dbus-run-session -- sh -c '
    start_keyring() {
        printf "%s" keystage-test-keyring \
            | gnome-keyring-daemon --foreground "$@" --components=secrets >/dev/null 2>&1 &
        keyring=$!
        gdbus wait --session --timeout 15 org.freedesktop.secrets
    }
    status=0
    ready=yes
    case "$KEYSTAGE_TEST_KEYRING" in
    locked)
        start_keyring --unlock || ready=no # creates the login keyring
        kill "$keyring" 2>/dev/null || true
        wait "$keyring" 2>/dev/null || true
        start_keyring || ready=no
        ;;
    missing) start_keyring || ready=no ;;
    *) start_keyring --unlock || ready=no ;;
    esac
    if [ "$ready" = yes ]; then
        "$@" || status=$?
    else
        echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
        status=1
    fi
    kill "$keyring" 2>/dev/null || true
    wait "$keyring" 2>/dev/null || true
    exit "$status"' with-keyring "$@" || status=$?
exit "$status"
