#!/usr/bin/env bash
# Makes the concurrency lab's pictures in resources/gui/screenshots/ (issue 5):
# the window after a DELAY sweep, the history comparing a scene's runs,
# presentation mode, and the sweep plots for LOCAL, DELAY and ERROR.
# Runs the window under Xvfb with its built-in servers on the book's ports
# 8000-8002 (they must be free); takes about seven minutes.
# Usage: resources/gui/make-lab-screenshots.sh [BUILD_DIR]   (default: build)
# Needs xvfb and openbox (apt-get install -y xvfb openbox).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
out=$here/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

flaglab() {
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/flaglab" "$@" --quit-when-done --dest "$work/flags"
}

# DELAY and ERROR wait a fixed 0.5 s, seeded: elapsed falls as 1/N until N reaches the 100 codes.
flaglab -s DELAY -al 100 --server-delay 0.5 --server-seed 2021 --sweep default \
  --screenshot "$out/sweep.png" --save-plot "$out/sweep-delay.png"
flaglab -s ERROR -al 100 --server-delay 0.5 --server-seed 2021 --sweep default --save-plot "$out/sweep-error.png"
flaglab -s LOCAL -e --sweep default --save-plot "$out/sweep-local.png"
# The book's slow server, as the scenes set it: 0.5-5 s, seed 2021.
flaglab --preset sequential-vs-concurrent --screenshot "$out/overlay.png"
# Presentation mode on a 1280x800 projector.
# Under a window manager (openbox), as on a projector: without one, nothing
# holds a full-screen window to the screen's size.
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "openbox >/dev/null 2>&1 & sleep 0.5
  '$build/bin/flaglab' --presentation --preset error-server \
    --quit-when-done --dest '$work/flags' --screenshot '$out/presentation.png'"
echo "Wrote $out/{sweep,sweep-delay,sweep-error,sweep-local,overlay,presentation}.png"
