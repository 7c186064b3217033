# SPDX-License-Identifier: Apache-2.0
# Shared by the e2e scripts (sourced). The caller defines fail MESSAGE (prints what it knows and
# exits 1).

# Polls (bounded, every 0.1 s) until a command succeeds: files, other processes and the server have
# no signals a shell could wait on.
wait_for() { # WHAT TRIES COMMAND...
  local what=$1 tries=$2; shift 2
  for ((i = 0; i < tries; i++)); do
    if "$@"; then return 0; fi
    sleep 0.1
  done
  fail "timed out waiting for $what"
}

# An IAM token of the sandbox user (csms-local's defaults) from the server at URL.
sandbox_token() { # URL
  curl -sfi "$1/v3/auth/tokens" -H 'Content-Type: application/json' -d '{
    "auth": {"identity": {"methods": ["password"], "password": {"user": {
        "domain": {"name": "sandbox"}, "name": "sandbox-admin", "password": "sandbox-password"}}},
      "scope": {"project": {"name": "cn-north-4"}}}}' \
    | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p'
}

# The window scripts' start: a scratch HOME with no D-Bus session (nothing can autolaunch a
# keyring prompt), Xvfb on a display it picks itself (-displayfd), `keystage --sandbox` there
# with the e2e probe on, and an IAM token for curl. The caller has set scratch, xvfb_pid='' and
# app_pid='' (its cleanup kills those); afterwards DISPLAY, url, project and token are set.
start_window_on_sandbox() { # KEYSTAGE
  mkdir -m 0700 "$scratch/run"
  export HOME=$scratch XDG_RUNTIME_DIR=$scratch/run XDG_DATA_HOME=$scratch/data \
    XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
  export DBUS_SESSION_BUS_ADDRESS=unix:path=$scratch/no-bus # dead on purpose: no autolaunch
  unset WAYLAND_DISPLAY SESSION_MANAGER
  # keystage's own logging as a user gets it (no QT_LOGGING_RULES): quiet but for a few notices.
  export QT_QPA_PLATFORM=xcb
  unset QT_LOGGING_RULES

  exec 3>"$scratch/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset >"$scratch/xvfb.log" 2>&1 &
  xvfb_pid=$!
  exec 3>&-
  wait_for "Xvfb" 100 test -s "$scratch/display"
  export DISPLAY=:$(head -1 "$scratch/display")
  echo "Xvfb on $DISPLAY"

  export KEYSTAGE_E2E=1 KEYSTAGE_E2E_FILE=$scratch/probe.txt
  "$1" --sandbox >"$scratch/keystage.log" 2>&1 &
  app_pid=$!
  wait_for "the sandbox to listen" 600 has_sandbox_url
  url=$(sandbox_url)
  project=2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c
  echo "sandbox at $url"
  token=$(sandbox_token "$url")
  [[ -n $token ]] || fail "no IAM token"
}
sandbox_url() { sed -n 's/.*sandbox listening on "\(http[^"]*\)".*/\1/p' "$scratch/keystage.log" | head -1; }
has_sandbox_url() { [[ -n $(sandbox_url) ]]; }

# A call to the sandbox's CSMS API (after start_window_on_sandbox).
api() { # METHOD PATH [BODY]
  curl -sf -X "$1" "$url/v1/$project/$2" -H "X-Auth-Token: $token" \
    -H 'Content-Type: application/json' ${3:+-d "$3"}
}
# The first "key":"value" string field of a JSON body (enough for version_id and state).
json_string() { tr -d '\n' | grep -o "\"$1\" *: *\"[^\"]*\"" | head -1 | sed 's/.*: *"\(.*\)"/\1/'; }
