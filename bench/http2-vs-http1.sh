#!/usr/bin/env bash
# HTTP/2 against HTTP/1.1, side by side in one run (issue 14): the same 676
# URLs (-e: 194 flags, 482 not found) at 100 requests in flight, from nginx
# on loopback serving the data set over plain HTTP/1.1 and over h2c.
#   - flaglab-cli --http2 (h2c, through its own client on libnghttp2) and
#     flaglab-cli (HTTP/1.1, through Qt), which rename each
#     flag into place as curl and wget write theirs, without a flush to disk;
#   - flaglab-cli --http2 --sync: each flag flushed (fdatasync) before its rename;
#   - curl -Z --parallel-max 100 over HTTP/1.1;
#   - h2load -c1 -m100: HTTP/2's floor (one connection, nothing saved);
#   - bench/qnam-floor: bare QNetworkAccessManagers, nothing saved, over
#     HTTP/1.1 (ceil(100/6) managers) and over h2c (one manager, Qt's own HTTP/2).
# Every command runs as a whole process under hyperfine; every run of a
# command that saves files gets a new, empty destination folder, never one
# just emptied (bench/fresh-dest.sh: why). The
# commands take turns (round 1: each command once, round 2: each once, ...),
# so that the load of a shared machine, which swings within seconds, hits
# them all alike; hyperfine alone would run all of one command's runs first.
# Then checks that Debian 12's curl 7.88 cannot multiplex -Z over
# --http2-prior-knowledge (it fails with status 16).
#
#   bench/http2-vs-http1.sh [BUILD_DIR] [RUNS]      (defaults: build, 10)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-10}
cli=$PWD/$build/bin/flaglab-cli
floor=$PWD/$build/bench/flaglab-qnam-floor
[[ -x $cli ]] || { echo "build first: $cli not found" >&2; exit 1; }
# bench/qnam-floor is not built by default: turn it on in this build folder.
cmake -S . -B "$build" -DFLAGLAB_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target flaglab-qnam-floor >/dev/null
[[ -x $floor ]] || { echo "$floor was not built" >&2; exit 1; }

source bench/nginx-flags.sh
need_tools nginx:nginx-light hyperfine:hyperfine curl:curl h2load:nghttp2-client
ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d /tmp/flaglab-bench.XXXXXX)
trap 'stop_nginx; rm -rf "$work"; sync' EXIT   # sync: bench/fresh-dest.sh says why
start_nginx "$work"
h1=http://127.0.0.1:$nginx_h1_port/flags
h2c=http://127.0.0.1:$nginx_h2c_port/flags
write_curl_config "$h1" "$work/curl-h1.cfg"
write_curl_config "$h2c" "$work/curl-h2c.cfg"
sed -n 's/^url = "\(.*\)"$/\1/p' "$work/curl-h2c.cfg" > "$work/h2c-urls.txt"
dest=$work/dest      # a link to a new, empty folder for every run (bench/fresh-dest.sh says why)
empty="$PWD/bench/fresh-dest.sh $dest"

echo "nginx $(nginx -v 2>&1 | cut -d/ -f2), 1 worker: HTTP/1.1 on $h1, h2c on $h2c"
echo "$("$cli" --version); $(curl --version | head -1 | cut -d' ' -f1-2); h2load $(h2load --version | awk '{print $2}')"
echo "-e -m 100: 676 GETs, 194 found; $runs rounds after 1 warm-up, the commands in turns; a new, empty destination folder for every run"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for round in $(seq 0 "$runs"); do   # round 0: the warm-up
  hyperfine --style basic --time-unit millisecond --runs 1 --prepare "$empty" \
    --export-json "$work/times-$round.json" \
    -n "flaglab-cli --http2 (h2c)" "$cli -s $h2c --http2 -e -m 100 --dest $dest" \
    -n "flaglab-cli (HTTP/1.1)" "$cli -s $h1 -e -m 100 --dest $dest" \
    -n "flaglab-cli --http2 --sync (h2c)" "$cli -s $h2c --http2 --sync -e -m 100 --dest $dest" \
    -n "curl -Z --parallel-max 100 (HTTP/1.1)" \
       "cd $dest && curl -s --fail --parallel --parallel-immediate --parallel-max 100 -K $work/curl-h1.cfg || true" \
    -n "h2load -c1 -m100 (h2c, nothing saved)" "h2load -c1 -m100 -n676 -i $work/h2c-urls.txt" \
    -n "qnam-floor h2 (nothing saved)" "$floor $h2c 100 h2" \
    -n "qnam-floor HTTP/1.1 (nothing saved)" "$floor $h1 100" >/dev/null
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
("$PWD/bench/fresh-dest.sh" "$dest" && cd "$dest" && curl -s --fail --http2-prior-knowledge --parallel --parallel-immediate \
  --parallel-max 100 -K "$work/curl-h2c.cfg") >/dev/null 2>&1 || status=$?

python3 - "$work" "$runs" "$status" <<'PY'
import json, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
rounds = [json.load(open(f"{work}/times-{i}.json"))["results"] for i in range(1, runs + 1)]
results = {}
for r in rounds[0]:
    runs_of = [next(x for x in rnd if x["command"] == r["command"]) for rnd in rounds]
    times = [x["times"][0] for x in runs_of]
    results[r["command"]] = {
        "mean": statistics.mean(times), "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
        "min": min(times), "median": statistics.median(times),
        "user": statistics.mean(x["user"] for x in runs_of), "system": statistics.mean(x["system"] for x in runs_of)}
mean = lambda name: results[name]["mean"] * 1000
# user and system: CPU time, which a loaded machine stretches far less than the wall time
print(f'\n{"command":42} {"mean ms":>8} {"± σ":>6} {"min":>6} {"median":>7} {"user":>6} {"system":>6}')
for name, r in results.items():
    print(f'{name:42} {r["mean"]*1000:8.1f} {r["stddev"]*1000:6.1f} {r["min"]*1000:6.1f} {r["median"]*1000:7.1f}'
          f' {r["user"]*1000:6.1f} {r["system"]*1000:6.1f}')
h2, h1 = mean("flaglab-cli --http2 (h2c)"), mean("flaglab-cli (HTTP/1.1)")
curl, floor = mean("curl -Z --parallel-max 100 (HTTP/1.1)"), mean("qnam-floor HTTP/1.1 (nothing saved)")
verdict = lambda ok: "met" if ok else "MISSED"
print(f'\nflaglab-cli --http2 / curl over HTTP/1.1: {h2 / curl:.2f} (target <= 0.8: {verdict(h2 / curl <= 0.8)})')
print(f'flaglab-cli over HTTP/1.1 / qnam-floor:  {h1 / floor:.2f} (target <= 1.2: {verdict(h1 / floor <= 1.2)})')
synced = mean("flaglab-cli --http2 --sync (h2c)")
print(f'flaglab-cli --http2 --sync / curl over HTTP/1.1: {synced / curl:.2f}; --sync / without: {synced / h2:.2f}')
status = int(sys.argv[3])
print(f'curl -Z --http2-prior-knowledge --parallel-max 100: exit status {status}'
      + (" (16: HTTP/2 framing error; curl 7.88 cannot multiplex -Z over h2c prior knowledge)" if status == 16 else ""))
PY
