#!/usr/bin/env bash
# Can flaglab-server hold 1000 requests in flight at once?
# Starts `flaglab-server --mode delay --delay 1:1` on a free loopback port,
# opens 1000 keep-alive connections and sends one flag GET on each at the same
# moment, then reads /stats. With every answer held for 1 s, max_in_flight
# must reach 1000 and the whole batch must take about 1 s.
#
# Usage: bench/server-inflight.sh [BUILD_DIR] [CONNECTIONS]   (defaults: ./build 1000)
# Builds nothing: build flaglab-server first. Exits non-zero if max_in_flight < CONNECTIONS.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir=${1:-build}
connections=${2:-1000}
server="$build_dir/bin/flaglab-server"
[[ -x $server ]] || { echo "no $server: build flaglab-server first" >&2; exit 2; }

ulimit -n "$(ulimit -Hn)"
codes=resources/flags/country-codes.txt
[[ -f $codes ]] || codes=""

ready=$(mktemp)
"$server" --mode delay --delay 1:1 --port 0 --bind 127.0.0.1 >"$ready" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -f "$ready"' EXIT
for _ in $(seq 100); do
  grep -q 'server on' "$ready" && break
  sleep 0.05
done
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/flags.*|\1|p' "$ready")
[[ -n $port ]] || { echo "flaglab-server did not start" >&2; exit 1; }

start=$(date +%s.%N)
client=$(python3 bench/server-inflight-client.py "$port" -n "$connections" ${codes:+--codes "$codes"})
end=$(date +%s.%N)
stats=$(curl -s "http://127.0.0.1:$port/stats")

python3 - "$client" "$stats" "$start" "$end" "$connections" <<'PY'
import json, sys
client, stats = json.loads(sys.argv[1]), json.loads(sys.argv[2])
start, end, wanted = float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
print(f"server:            flaglab-server --mode delay --delay 1:1 (every answer held 1.000 s)")
print(f"requests:          {stats['requests']}  (by status: {stats['by_status']})")
print(f"max_in_flight:     {stats['max_in_flight']}  (wanted {wanted})")
print(f"max_connections:   {stats['max_connections']}  hung_up: {stats['hung_up']}  bytes_sent: {stats['bytes_sent']}")
print(f"connect phase:     {client['connect_seconds']:.3f} s for {client['connections']} connections")
print(f"requests phase:    {client['requests_seconds']:.3f} s for {client['requests']} requests")
print(f"total wall time:   {end - start:.3f} s (client start to last answer, python start-up included)")
sys.exit(0 if stats["max_in_flight"] >= wanted else 1)
PY
