#!/usr/bin/env bash
# Does the window stay smooth in the heaviest run? Issue #4's benchmark.
#
# Runs flaglab under Xvfb with -e -m 1000 (676 requests at once) against the
# built-in LOCAL server, RUNS times, and prints from each run's --report:
#   stall_ms  max_stall_ms: the longest the GUI event loop was blocked during the
#             run, from a 2 ms Qt::PreciseTimer probe (observed gap minus 2 ms);
#   lat_max, lat_p95: thumbnail latency, from the moment the engine reported a
#             result (engine thread, steady clock; for an OK flag: once its
#             file is saved) to the first paint of its finished tile in the
#             grid's delegate (picture decoded); tiles scrolled out of sight
#             are never painted and are counted apart.
# Targets: max_stall_ms <= 16 and every thumbnail within 50 ms.
# Every run starts with an empty destination folder: replacing files that are
# already there makes ext4 flush, and the runs would measure the disk.
#
# Give more build folders to compare builds side by side: their runs take
# turns (A B A B ...), so that a change in the machine's load hits all alike.
# The figures depend on the machine's load: the script prints it.
#
# usage: bench/gui-smooth.sh [BUILD_DIR] [RUNS] [OTHER_BUILD_DIR...]
#        exit status 1 if a run of the first build misses a target
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
builds=("${1:-$top/build}")
runs=${2:-5}
shift 2 2>/dev/null || shift $#
builds+=("$@")
for build in "${builds[@]}"; do
  [ -x "$build/bin/flaglab" ] || { echo "no $build/bin/flaglab: build it first" >&2; exit 2; }
done
for tool in xvfb-run jq; do
  command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A clean slate: none of the user's settings, files or runtime dir.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

echo "flaglab -s LOCAL -e -m 1000 under Xvfb 1600x1000, $runs runs a build, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %4s %5s %5s %9s %9s %8s %8s %9s\n' build run ok 404 elapsed_s stall_ms lat_max lat_p95 painted
declare -A stalls maxes p95s met
for i in $(seq 1 "$runs"); do
  for b in "${!builds[@]}"; do
    report=$work/report-$b-$i.json
    rm -rf "$work/downloaded"
    xvfb-run -a -s "-screen 0 1600x1000x24" "${builds[$b]}/bin/flaglab" -s LOCAL -e -m 1000 \
      --start --quit-when-done --dest "$work/downloaded" --report "$report" >/dev/null 2>&1
    local_server=$(jq -r '.ui.builtin_servers.LOCAL' "$report")
    [ "$local_server" = running ] || echo "warning: the built-in LOCAL server did not run: $local_server" >&2
    read -r ok nf elapsed stall lmax lp95 painted tiles < <(jq -r '[.ok, .not_found, .elapsed_s, .ui.max_stall_ms,
        .ui.thumbnail_latency_ms_max, .ui.thumbnail_latency_ms_p95, .ui.thumbnails_painted, .ui.thumbnails] | @tsv' "$report")
    printf '%-5s %4d %5d %5d %9.3f %9.1f %8.1f %8.1f %4d/%-4d\n' "$(printf "\\x$(printf %x $((65 + b)))")" "$i" \
      "$ok" "$nf" "$elapsed" "$stall" "$lmax" "$lp95" "$painted" "$tiles"
    stalls[$b]+="$stall " maxes[$b]+="$lmax " p95s[$b]+="$lp95 "
    if awk -v s="$stall" -v l="$lmax" 'BEGIN { exit !(s <= 16 && l <= 50) }'; then met[$b]=$((${met[$b]:-0} + 1)); fi
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
worst() { printf '%s\n' "$@" | sort -g | tail -n 1; }
for b in "${!builds[@]}"; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  {
    printf '%s = %s\n' "$(printf "\\x$(printf %x $((65 + b)))")" "${builds[$b]}"
    printf '  median: stall %.1f ms, thumbnail max %.1f ms, p95 %.1f ms\n' \
      "$(median ${stalls[$b]})" "$(median ${maxes[$b]})" "$(median ${p95s[$b]})"
    printf '  worst:  stall %.1f ms, thumbnail max %.1f ms, p95 %.1f ms\n' \
      "$(worst ${stalls[$b]})" "$(worst ${maxes[$b]})" "$(worst ${p95s[$b]})"
    echo "  ${met[$b]:-0} of $runs runs met both targets (stall <= 16 ms, every thumbnail <= 50 ms)"
  }
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${met[0]:-0}" -eq "$runs" ]
