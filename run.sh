#!/usr/bin/env bash
# Installs what building and running need, builds the three programs (not the
# tests: ./test.sh does that, in the same build folder), and opens the window
# with the built-in LOCAL, DELAY and ERROR servers running. Arguments go to
# flaglab (see build/bin/flaglab --help).
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh --run

# A new build folder gets Ninja; an existing one keeps its generator (a plain
# `cmake -S . -B build` makes Makefiles, and CMake refuses to switch).
generator=(-G Ninja)
[[ -f build/CMakeCache.txt ]] && generator=()
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DBUILD_TESTING=OFF -DFLAGLAB_BUILD_GUI=ON
cmake --build build -j "$(nproc)" --target flaglab flaglab-cli flaglab-server
exec build/bin/flaglab "$@"
