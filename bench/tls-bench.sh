#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# What the transport costs the client (a benchmark, not a test): bench_endpoint's stage moves
# against csms-local directly (plain HTTP), through an nginx HTTP proxy (more response headers, as
# a real gateway sends) and through an nginx HTTPS proxy (TLS, as real CSMS is), with the client's
# CPU per call. The certificate is a throwaway self-signed one for 127.0.0.1.
#   bench/tls-bench.sh [BUILD_DIR]      (default build/release; scripts/deps --bench first)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
server=$build/server/csms-local
client=$build/bench/bench_endpoint
[[ -x $server && -x $client ]] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
command -v nginx >/dev/null && command -v openssl >/dev/null || scripts/deps --bench

source bench/common.sh
bench_scratch tls
export QT_LOGGING_RULES="keystage.*.debug=false;keystage.*.info=false"

start_csms_local "$server" --data :memory: --seed-demo 1000

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
proxy="proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$http_host;"
start_nginx "  upstream backend { server ${base#http://}; keepalive 16; }
  server { listen 127.0.0.1:18780; location / { $proxy } }
  server {
    listen 127.0.0.1:18781 ssl;
    ssl_certificate $work/cert.pem; ssl_certificate_key $work/key.pem;
    location / { $proxy }
  }"
until curl -s -o /dev/null http://127.0.0.1:18780/; do sleep 0.1; done

moves=${BENCH_MOVES:-4000}
"$client" "$base" --moves "$moves" --tag direct
"$client" http://127.0.0.1:18780 --moves "$moves" --tag http-proxy
"$client" https://127.0.0.1:18781 --ca "$work/cert.pem" --moves "$moves" --tag https-proxy
