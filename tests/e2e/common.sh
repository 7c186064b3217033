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
