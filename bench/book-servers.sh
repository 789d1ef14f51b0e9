#!/usr/bin/env bash
# The book's client and flaglab-cli, in turns, against the book's own servers:
# slow_server.py (Python's ThreadingHTTPServer, listen backlog 5) serving
# DELAY on 8001 and ERROR (--error-rate .25) on 8002, the book's ports, which
# the book's client has built in. Each run starts with an empty destination.
# Prints each run's counts, then the mean and range per client and scene.
# FlagLab runs twice: as it is (flaglab), and opening all its connections in
# one burst (flaglab-burst, --max-connecting 0), to show what the limit does.
#
#   bench/book-servers.sh GETFLAGS_DIR [BUILD_DIR] [RUNS]
#
# GETFLAGS_DIR is the book's 20-executors/getflags folder (a checkout of
# fluentpython/example-code-2e; it is not part of FlagLab). Needs
# python3-httpx and python3-tqdm; ports 8001 and 8002 must be free.
set -euo pipefail
cd "$(dirname "$0")/.."
book=$(cd "${1:?usage: bench/book-servers.sh GETFLAGS_DIR [BUILD_DIR] [RUNS]}" && pwd)
build=$(cd "${2:-build}" && pwd)
runs=${3:-5}
cli=$build/bin/flaglab-cli
[[ -x $cli ]] || { echo "build first: $cli missing" >&2; exit 1; }
py=/usr/bin/python3   # Debian's, with python3-httpx and python3-tqdm
ulimit -n "$(ulimit -Hn)"

for port in 8001 8002; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is taken: the book's client needs 8001 and 8002 free" >&2
    exit 1
  fi
done
work=$(mktemp -d /tmp/flaglab-book.XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
(cd "$work" && "$py" -m zipfile -e "$book/flags.zip" site > /dev/null)
root=$work/site
[[ -d $root/flags ]] || root=$(dirname "$(find "$work/site" -type d -name flags | head -1)")
"$py" "$book/slow_server.py" -d "$root" -b 127.0.0.1 8001 > "$work/delay.log" 2>&1 & pids+=($!)
"$py" "$book/slow_server.py" -d "$root" -b 127.0.0.1 -e .25 8002 > "$work/error.log" 2>&1 & pids+=($!)
for port in 8001 8002; do
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
  curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "slow_server.py did not start on $port:" >&2; cat "$work"/*.log >&2; exit 1; }
done

# The kernel's count of connections a full listen queue turned away: how
# bursty each client's connecting is, against the backlog of 5.
overflows() { nstat -az TcpExtListenOverflows 2>/dev/null | awk '/ListenOverflows/ {print $2}'; }
counts() {  # the flags2 report on stdin -> "ok errors elapsed"
  awk '/flags? downloaded/ {ok=$1} / errors?\./ {err=$1} /^Elapsed time:/ {t=$3} END {printf "%d %d %s\n", ok, err, t}'
}
run() {  # client scene -> appends "client scene ok errors elapsed" to results
  local client=$1 scene=$2 dir; dir=$(mktemp -d "$work/run.XXXX")
  local out before; before=$(overflows)
  if [[ $client == book ]]; then
    cp "$book/country_codes.txt" "$dir/"     # -a reads it from the working folder
    out=$(cd "$dir" && PYTHONPATH=$book "$py" "$book/flags2_asyncio.py" -s "$scene" -al 100 -m 100 2>/dev/null)
  elif [[ $client == flaglab-burst ]]; then
    out=$("$cli" -s "$scene" -al 100 -m 100 --max-connecting 0 --dest "$dir/downloaded" 2>/dev/null)
  else
    out=$("$cli" -s "$scene" -al 100 -m 100 --dest "$dir/downloaded" 2>/dev/null)
  fi
  echo "$client $scene $(counts <<<"$out") $(( $(overflows) - before ))" | tee -a "$work/results"
  rm -rf "$dir"
}

echo "client scene ok errors elapsed listen-overflows   (-al 100 -m 100, $runs runs each, in turns)"
for ((i = 1; i <= runs; i++)); do
  for scene in DELAY ERROR; do
    run book "$scene"
    run flaglab "$scene"
    run flaglab-burst "$scene"
  done
done
echo
echo "mean OK (min-max), mean elapsed and mean listen overflows per client and scene:"
awk '{k=$1" "$2; n[k]++; s[k]+=$3; e[k]+=$5; o[k]+=$6; if (!(k in lo) || $3<lo[k]) lo[k]=$3; if ($3>hi[k]) hi[k]=$3}
     END {for (k in n) printf "  %-20s %5.1f  (%d-%d)  %4.1fs  overflows %.1f\n", k, s[k]/n[k], lo[k], hi[k], e[k]/n[k], o[k]/n[k]}' "$work/results" | sort
