# SPDX-License-Identifier: Apache-2.0
# Shared by the benchmark scripts (sourced). bench_scratch first: it sets work (a scratch
# directory) and the array pids (the processes killed on exit).

# Makes the scratch directory /tmp/keystage-NAME.XXXXXX; on exit, kills pids and removes it.
bench_scratch() { # NAME
  work=$(mktemp -d "/tmp/keystage-$1.XXXXXX")
  pids=()
  trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
}

# Starts csms-local SERVER with ARGS on a free loopback port, waits until it listens and sets base
# to its URL (http://127.0.0.1:PORT).
start_csms_local() { # SERVER ARGS...
  local server=$1; shift
  "$server" --listen 127.0.0.1:0 "$@" >"$work/server.out" 2>&1 &
  local pid=$!
  pids+=("$pid")
  until grep -q 'listening on' "$work/server.out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.out" >&2; exit 1; }
    sleep 0.1
  done
  base=$(grep -o 'http://[0-9.:]*' "$work/server.out" | head -1)
}

# Starts nginx in the foreground (one worker, no access log, every path in $work/nginx) with
# SERVERS (upstream and server blocks) inside its http block.
start_nginx() { # SERVERS
  mkdir -p "$work/nginx"
  cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
$1
}
CONF
  nginx -c "$work/nginx/nginx.conf" -g 'daemon off;' &
  pids+=($!)
}
