#!/usr/bin/env bash
# Installs what is missing, builds FlagLab, and opens the window with the
# built-in LOCAL, DELAY and ERROR servers running. Arguments go to flaglab.
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
exec build/bin/flaglab "$@"
