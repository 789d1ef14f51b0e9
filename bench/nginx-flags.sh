# Sourced by the bench scripts: nginx serving resources/flags on loopback,
# one worker, over plain HTTP/1.1 and over h2c (HTTP/2 with prior knowledge).
#
#   start_nginx WORK_DIR      sets nginx_h1_port and nginx_h2c_port; stops nginx on EXIT
#                             (the caller's EXIT trap must call stop_nginx)
need_tools() {  # command:package ...
  local need=()
  for tool in "$@"; do
    command -v "${tool%%:*}" >/dev/null || [[ -x /usr/sbin/${tool%%:*} ]] || need+=("${tool#*:}")
  done
  if ((${#need[@]})); then
    local sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${need[@]}"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

start_nginx() {  # work-dir
  local work=$1 root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/resources
  nginx_h1_port=$(free_port)
  nginx_h2c_port=$(free_port)
  cat > "$work/nginx.conf" <<CONF
worker_processes 1;
error_log $work/error.log;
pid $work/nginx.pid;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 100000;
  types { image/gif gif; application/json json; }
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work;
  uwsgi_temp_path $work; scgi_temp_path $work;
  server { listen 127.0.0.1:$nginx_h1_port; root $root; }
  server { listen 127.0.0.1:$nginx_h2c_port http2; root $root; }
}
CONF
  "$(command -v nginx || echo /usr/sbin/nginx)" -e "$work/error.log" -c "$work/nginx.conf" &
  nginx_pid=$!
  for _ in $(seq 50); do
    curl -sf -o /dev/null "http://127.0.0.1:$nginx_h1_port/flags/br/br.gif" \
      && curl -sf --http2-prior-knowledge -o /dev/null "http://127.0.0.1:$nginx_h2c_port/flags/br/br.gif" && return 0
    sleep 0.1
  done
  echo "nginx did not start: $(cat "$work/error.log")" >&2
  return 1
}

stop_nginx() {
  [[ -n ${nginx_pid:-} ]] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  return 0
}

# curl's config for -e: one url/output pair per code, AA..ZZ.
write_curl_config() {  # base-url file
  python3 - "$1" "$2" <<'PY'
import itertools, string, sys
base, path = sys.argv[1], sys.argv[2]
with open(path, "w") as f:
    for a, b in itertools.product(string.ascii_lowercase, repeat=2):
        f.write(f'url = "{base}/{a}{b}/{a}{b}.gif"\noutput = "{a.upper()}{b.upper()}.gif"\n')
PY
}
