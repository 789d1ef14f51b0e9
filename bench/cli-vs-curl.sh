#!/usr/bin/env bash
# flaglab-cli against curl --parallel, side by side in one run: the same 676
# URLs (-e: 194 flags, 482 not found) from nginx serving the data set on
# loopback, at several concurrency levels. Each run starts with an empty
# destination folder (replacing existing files costs ext4 a flush).
#
#   bench/cli-vs-curl.sh [BUILD_DIR] [RUNS]      (defaults: build, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-5}
cli=$PWD/$build/bin/flaglab-cli
floor=$PWD/$build/bench/flaglab-qnam-floor
[[ -x $cli ]] || { echo "build first: $cli not found" >&2; exit 1; }

need=()
for tool in nginx:nginx hyperfine:hyperfine curl:curl; do
  command -v "${tool%%:*}" >/dev/null || [[ -x /usr/sbin/${tool%%:*} ]] || need+=("${tool#*:}")
done
if ((${#need[@]})); then
  sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${need[@]}"
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d /tmp/flaglab-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
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
  server { listen 127.0.0.1:$port; root $PWD/resources; }
}
CONF
"$nginx_bin" -c "$work/nginx.conf" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/flags/br/br.gif" && break; sleep 0.1; done

base=http://127.0.0.1:$port/flags
# curl's config: one url/output pair per code, AA..ZZ.
python3 - "$base" "$work/curl.cfg" <<'PY'
import itertools, string, sys
base, path = sys.argv[1], sys.argv[2]
with open(path, "w") as f:
    for a, b in itertools.product(string.ascii_lowercase, repeat=2):
        f.write(f'url = "{base}/{a}{b}/{a}{b}.gif"\noutput = "{a.upper()}{b.upper()}.gif"\n')
PY

echo "nginx on $base; $runs runs each; destination emptied before every run"
echo "flaglab-cli: $("$cli" --version)   curl: $(curl --version | head -1 | cut -d' ' -f1-2)"
levels=(1 6 20 100 300)
for m in "${levels[@]}"; do
  dest=$work/dest
  hyperfine --style basic --time-unit millisecond --runs "$runs" --warmup 1 \
    --prepare "rm -rf $dest && mkdir -p $dest" \
    --export-markdown "$work/m$m.md" \
    -n "flaglab-cli -m $m" "$cli -s $base -e -m $m --dest $dest" \
    -n "curl --parallel-max $m" "cd $dest && curl -s --fail --parallel --parallel-immediate --parallel-max $m -K $work/curl.cfg || true"
  flags=$(ls "$dest" | wc -l)
  echo "   (last run saved $flags files)"
  if [[ -x $floor ]]; then
    samples=$(for _ in $(seq "$runs"); do "$floor" "$base" "$m"; done | tr '\n' ' ')
    echo "   bare QNetworkAccessManager floor, nothing saved (ms per run): $samples"
  fi
done
echo
echo "Summary (mean ± σ, milliseconds):"
for m in "${levels[@]}"; do cat "$work/m$m.md"; done | grep -v -e '^| Command' -e '^|:---' | sed 's/`//g' | awk -F'|' '{printf "  %-26s %s\n", $2, $3}'
