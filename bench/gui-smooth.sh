#!/usr/bin/env bash
# Does the window stay smooth in the heaviest run? Issue #4's benchmark.
#
# Runs flaglab under Xvfb with -e -m 1000 (676 requests at once) against the
# built-in LOCAL server, RUNS times over HTTP/1.1 (--http1: 676 connections)
# and RUNS times over HTTP/2 (--http2: 7 connections, 100 streams each), in
# turns, and prints from each run's --report:
#   stall_ms  max_stall_ms: the longest the GUI event loop was blocked during the
#             run, from a 2 ms Qt::PreciseTimer probe (observed gap minus 2 ms);
#   lat_max, lat_p95: thumbnail latency, from the moment the engine reported a
#             result (engine thread, steady clock; for an OK flag: once its
#             file is saved) to the first paint of its finished tile in the
#             grid's delegate (picture decoded); tiles scrolled out of sight
#             are never painted and are counted apart.
#   elapsed_s: the run's time; the summary gives its median, because the faster
#             the downloads, the more pictures wait for a decoder at once.
# Targets: max_stall_ms <= 16 and every thumbnail within 50 ms.
# Every run gets a new, empty destination folder, after a flush of the file
# system: replacing files that are already there makes ext4 flush, a folder
# just emptied makes it scan, and the write-back of earlier runs competes
# (bench/fresh-dest.sh); the runs would measure the disk.
#
# Give more build folders to compare builds side by side: their runs take
# turns (A/1.1 A/2 B/1.1 B/2 A/1.1 ...), so that a change in the machine's
# load hits all alike. The figures depend on the machine's load: the script
# prints it. The summary puts the two protocols of a build side by side.
#
# SCENES adds book scenes (--preset), each a column of its own, with the
# figures of the scene's last run: in http1-vs-http2, -e -m 100 over HTTP/2
# after the same job over HTTP/1.1, so its 194 pictures are ones the window
# has decoded before, as in a class that runs one scene after another.
#
# usage: bench/gui-smooth.sh [BUILD_DIR] [RUNS] [OTHER_BUILD_DIR...]
#        PROTOCOLS="http1 http2" (the default; "http2" for HTTP/2 only, "" for none)
#        SCENES="http1-vs-http2": also these scenes (none by default)
#        BASE_PORT=N: the built-in servers on N, N+1, N+2 (--base-port), not the book's 8000-8002
#        exit status 1 if a run of the first build misses a target
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
builds=("${1:-$top/build}")
runs=${2:-5}
shift 2 2>/dev/null || shift $#
builds+=("$@")
read -r -a protocols <<<"${PROTOCOLS-http1 http2}"
read -r -a scenes <<<"${SCENES:-}"
protocols+=("${scenes[@]/#/scene:}")     # a scene is a column like a protocol
port_args=()
[ -n "${BASE_PORT:-}" ] && port_args=(--base-port "$BASE_PORT")
for build in "${builds[@]}"; do
  [ -x "$build/bin/flaglab" ] || { echo "no $build/bin/flaglab: build it first" >&2; exit 2; }
done
for tool in xvfb-run jq; do
  command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"; sync' EXIT   # sync: bench/fresh-dest.sh says why
# A clean slate: none of the user's settings, files or runtime dir.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

run_args() { case $1 in scene:*) echo "--preset ${1#scene:}" ;; *) echo "-s LOCAL -e -m 1000 --$1" ;; esac; }
columns=""
for p in "${protocols[@]}"; do columns+="${columns:+; }$(run_args "$p")"; done
echo "flaglab under Xvfb 1600x1000: $columns"
echo "$runs runs a build and column, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-14s %4s %5s %5s %9s %9s %8s %8s %9s\n' build protocol run ok 404 elapsed_s stall_ms lat_max lat_p95 painted
declare -A stalls maxes p95s elapseds met
letter() { printf "\\x$(printf %x $((65 + $1)))"; }
name() { case $1 in http2) echo HTTP/2 ;; http1) echo HTTP/1.1 ;; *) echo "${1#scene:}" ;; esac; }
for i in $(seq 1 "$runs"); do
  for b in "${!builds[@]}"; do
    for p in "${protocols[@]}"; do
      report=$work/report-$b-$p-$i.json
      sync
      # shellcheck disable=SC2046 # run_args gives words to split
      xvfb-run -a -s "-screen 0 1600x1000x24" "${builds[$b]}/bin/flaglab" $(run_args "$p") \
        "${port_args[@]}" --start --quit-when-done --dest "$work/downloaded/$b-$p-$i" --report "$report" >/dev/null 2>&1
      local_server=$(jq -r '.ui.builtin_servers.LOCAL' "$report")
      [ "$local_server" = running ] || echo "warning: the built-in LOCAL server did not run: $local_server" >&2
      read -r ok nf elapsed stall lmax lp95 painted tiles < <(jq -r '[.ok, .not_found, .elapsed_s, .ui.max_stall_ms,
          .ui.thumbnail_latency_ms_max, .ui.thumbnail_latency_ms_p95, .ui.thumbnails_painted, .ui.thumbnails] | @tsv' "$report")
      printf '%-5s %-14s %4d %5d %5d %9.3f %9.1f %8.1f %8.1f %4d/%-4d\n' "$(letter "$b")" "$(name "$p")" "$i" \
        "$ok" "$nf" "$elapsed" "$stall" "$lmax" "$lp95" "$painted" "$tiles"
      k=$b-$p
      stalls[$k]+="$stall " maxes[$k]+="$lmax " p95s[$k]+="$lp95 " elapseds[$k]+="$elapsed "
      if awk -v s="$stall" -v l="$lmax" 'BEGIN { exit !(s <= 16 && l <= 50) }'; then met[$k]=$((${met[$k]:-0} + 1)); fi
    done
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
worst() { printf '%s\n' "$@" | sort -g | tail -n 1; }
# Side by side: a column per protocol.
cell() { printf '%-22s' "$1"; }
for b in "${!builds[@]}"; do
  printf '%s = %s\n%-26s' "$(letter "$b")" "${builds[$b]}" ""
  for p in "${protocols[@]}"; do cell "$(name "$p")"; done
  echo
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  for row in "median elapsed_s" "median stall_ms" "worst stall_ms" "median thumbnail max" "worst thumbnail max" \
             "median thumbnail p95" "runs meeting both"; do
    printf '  %-24s' "$row"
    for p in "${protocols[@]}"; do
      k=$b-$p
      case $row in
        "median elapsed_s") cell "$(printf '%.3f s' "$(median ${elapseds[$k]})")" ;;
        "median stall_ms") cell "$(printf '%.1f ms' "$(median ${stalls[$k]})")" ;;
        "worst stall_ms") cell "$(printf '%.1f ms' "$(worst ${stalls[$k]})")" ;;
        "median thumbnail max") cell "$(printf '%.1f ms' "$(median ${maxes[$k]})")" ;;
        "worst thumbnail max") cell "$(printf '%.1f ms' "$(worst ${maxes[$k]})")" ;;
        "median thumbnail p95") cell "$(printf '%.1f ms' "$(median ${p95s[$k]})")" ;;
        "runs meeting both") cell "${met[$k]:-0} of $runs" ;;
      esac
    done
    echo
  done
done
echo "targets: stall <= 16 ms and every thumbnail <= 50 ms"
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for p in "${protocols[@]}"; do [ "${met[0-$p]:-0}" -eq "$runs" ] || status=1; done
exit $status
