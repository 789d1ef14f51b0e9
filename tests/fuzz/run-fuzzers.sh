#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build directory and
# runs each for a fixed time, starting from the seed corpus in
# tests/fuzz/corpus/. Exits non-zero (and keeps the crashing input in
# BUILD/fuzz/artifacts/) if a fuzzer finds a crash, a leak or a broken
# invariant. Usage: tests/fuzz/run-fuzzers.sh [SECONDS-EACH] (default 30).
# Needs Debian's clang and libclang-rt-14-dev (packaging/build-deps.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
build=${FLAGLAB_FUZZ_BUILD_DIR:-build-fuzz}

mkdir -p "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DFLAGLAB_FUZZ=ON -DFLAGLAB_BUILD_GUI=OFF > "$build/configure.log" \
  || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)" --target fuzz_codelist fuzz_httprequest fuzz_http2 fuzz_h2cclient fuzz_harimport

fuzzers=(codelist httprequest http2 h2cclient harimport)
mkdir -p "$build/fuzz/artifacts"
for fuzzer in "${fuzzers[@]}"; do
  echo "== fuzz_$fuzzer for ${seconds}s =="
  corpus="$build/fuzz/corpus-$fuzzer"      # grows run after run; the seeds stay as committed
  mkdir -p "$corpus"
  "$build/fuzz/fuzz_$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$fuzzer-" \
    "$corpus" "tests/fuzz/corpus/$fuzzer" 2> "$build/fuzz/$fuzzer.log" \
    || { tail -n 60 "$build/fuzz/$fuzzer.log"; echo "fuzz_$fuzzer FAILED: see $build/fuzz/artifacts/"; exit 1; }
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$build/fuzz/$fuzzer.log" || true
done
echo "fuzz: ${#fuzzers[@]} passed, 0 failed"
