#!/usr/bin/env bash
# flaglab-cli against curl --parallel, side by side in one run: the same 676
# URLs (-e: 194 flags, 482 not found) from nginx serving the data set on
# loopback, at several concurrency levels. Each run gets a new, empty
# destination folder: replacing existing files costs ext4 a flush, and a
# folder just emptied costs it a scan (bench/fresh-dest.sh).
#
#   bench/cli-vs-curl.sh [BUILD_DIR] [RUNS]      (defaults: build, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-5}
cli=$PWD/$build/bin/flaglab-cli
floor=$PWD/$build/bench/flaglab-qnam-floor
[[ -x $cli ]] || { echo "build first: $cli not found" >&2; exit 1; }
# bench/qnam-floor is not built by default: turn it on in this build folder.
cmake -S . -B "$build" -DFLAGLAB_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target flaglab-qnam-floor >/dev/null

source bench/nginx-flags.sh
need_tools nginx:nginx-light hyperfine:hyperfine curl:curl
ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d /tmp/flaglab-bench.XXXXXX)
trap 'stop_nginx; rm -rf "$work"; sync' EXIT   # sync: bench/fresh-dest.sh says why
start_nginx "$work"
port=$nginx_h1_port

base=http://127.0.0.1:$port/flags
write_curl_config "$base" "$work/curl.cfg"

echo "nginx on $base; $runs runs each; a new, empty destination folder for every run"
echo "flaglab-cli: $("$cli" --version)   curl: $(curl --version | head -1 | cut -d' ' -f1-2)"
levels=(1 6 20 100 300)
for m in "${levels[@]}"; do
  dest=$work/dest
  hyperfine --style basic --time-unit millisecond --runs "$runs" --warmup 1 \
    --prepare "$PWD/bench/fresh-dest.sh $dest" \
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
