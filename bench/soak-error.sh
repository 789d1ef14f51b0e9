#!/usr/bin/env bash
# Soak: back-to-back `-e -m 1000` runs against the built-in ERROR server
# (418 to a quarter of the flags, every answer delayed 10-50 ms), all in ONE
# long-lived flaglab-cli process (its hidden --repeat option), so that memory
# growth across runs is visible. Prints each run's accounting and the CLI's
# RSS after it, and the server's RSS before and after.
#
# Usage: bench/soak-error.sh [BUILD_DIR] [RUNS]   (defaults: ./build 50)
# Builds nothing. Exits non-zero if any run lost a code (requested !=
# ok + not_found + errors, or anything cancelled) or if the CLI's RSS grew
# by more than 20% from run 5 to the last run.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir=${1:-build}
runs=${2:-50}
server="$build_dir/bin/flaglab-server"
cli="$build_dir/bin/flaglab-cli"
for program in "$server" "$cli"; do
  [[ -x $program ]] || { echo "no $program: build FlagLab first" >&2; exit 2; }
done
(( runs >= 5 )) || { echo "RUNS must be 5 or more" >&2; exit 2; }
ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d)
mkfifo "$work/ready"
"$server" --mode error --delay 0.01:0.05 --port 0 --bind 127.0.0.1 >"$work/ready" 2>"$work/server.err" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
exec 3<"$work/ready"
read -r -t 20 ready_line <&3 || { echo "flaglab-server did not start:" >&2; cat "$work/server.err" >&2; exit 1; }
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/flags.*|\1|p' <<<"$ready_line")
rss_of() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
server_rss_before=$(rss_of "$server_pid")

echo "$ready_line"
echo "flaglab-cli -s http://127.0.0.1:$port/flags -e -m 1000 --repeat $runs (one process)"
start=$EPOCHREALTIME
status=0
"$cli" -s "http://127.0.0.1:$port/flags" -e -m 1000 --repeat "$runs" --dest "$work/flags" \
  --json "$work/last.json" >"$work/cli.out" || status=$?
elapsed=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
server_rss_after=$(rss_of "$server_pid")

# repeat 3/50: requested 676 ok 150 not_found 361 errors 165 cancelled 0 rss_kb 45678
awk -v runs="$runs" -v status="$status" -v elapsed="$elapsed" \
    -v srv_before="$server_rss_before" -v srv_after="$server_rss_after" '
  BEGIN { printf "%5s %9s %5s %9s %6s %9s %9s\n", "run", "requested", "ok", "not_found", "errors", "cancelled", "rss_kb" }
  /^repeat / {
    split($2, n, "/"); run = n[1] + 0
    requested = $4; ok = $6; nf = $8; err = $10; cancelled = $12; rss[run] = $14
    printf "%5d %9d %5d %9d %6d %9d %9d\n", run, requested, ok, nf, err, cancelled, rss[run]
    seen++
    if (requested != 676 || ok + nf + err != requested || cancelled != 0) { lost++; print "  ^ codes lost" }
  }
  END {
    growth = rss[5] > 0 ? 100 * (rss[runs] - rss[5]) / rss[5] : 0
    printf "\n%d runs in %.1fs, exit status %d; CLI RSS run 1 %d kB, run 5 %d kB, run %d %d kB (%+.1f%% from run 5)\n",
           seen, elapsed, status, rss[1], rss[5], runs, rss[runs], growth
    printf "server RSS: %d kB before, %d kB after\n", srv_before, srv_after
    if (status != 0 || seen != runs) { print "FAIL: the CLI did not complete every run"; exit 1 }
    if (lost > 0) { printf "FAIL: %d runs lost codes\n", lost; exit 1 }
    if (growth > 20) { print "FAIL: RSS grew more than 20% from run 5"; exit 1 }
    print "OK: nothing lost, memory flat"
  }' "$work/cli.out"
