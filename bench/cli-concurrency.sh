#!/usr/bin/env bash
# Is flaglab-cli's concurrency real? Against flaglab-server with a fixed 1 s
# delay, N requests in flight finish in about ceil(codes / N) seconds, and the
# server's own max_in_flight counter equals N. Compares one manager (Qt's
# hidden cap of 6 per host) with FlagLab's pool, and the thread model.
# Each run saves into a new, empty folder.
#
#   bench/cli-concurrency.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cli=$build/bin/flaglab-cli
server=$build/bin/flaglab-server
[[ -x $cli && -x $server ]] || { echo "build first: $cli / $server missing" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d /tmp/flaglab-concurrency.XXXXXX)
"$server" --mode delay --delay 1:1 --port 0 --bind 127.0.0.1 > "$work/ready" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -qs "server on" "$work/ready" && break; sleep 0.05; done
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/flags.*|\1|p' "$work/ready")
base=http://127.0.0.1:$port/flags
stat() { curl -s "http://127.0.0.1:$port/stats" | python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

printf '%-34s %9s %12s %16s\n' "run (1 s delay per request)" "elapsed" "downloaded" "server in flight"
run() {  # label, cli arguments...
  local label=$1; shift
  curl -s -X POST "http://127.0.0.1:$port/stats/reset" > /dev/null
  local dest; dest=$(mktemp -d "$work/dest.XXXX")
  local out; out=$("$cli" -s "$base" --dest "$dest" "$@")
  local elapsed; elapsed=$(sed -n 's/^Elapsed time: //p' <<<"$out")
  local ok; ok=$(sed -n 's/^ *\([0-9]*\) flags\? downloaded\./\1/p' <<<"$out")
  printf '%-34s %9s %12s %16s\n' "$label" "$elapsed" "$ok" "$(stat max_in_flight)"
}
run "-a -m 20"                   -a -m 20
run "-a -m 194"                  -a -m 194
run "-a -m 194 --single-manager" -a -m 194 --single-manager
run "-a -m 194 --threads"        -a -m 194 --threads
run "-e -m 1000"                 -e -m 1000
