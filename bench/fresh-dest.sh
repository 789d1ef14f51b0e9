#!/usr/bin/env bash
# Points LINK at a new, empty folder (LINK.runs/N), the destination of one
# benchmark run, and flushes the file system: use it as hyperfine's
# --prepare, with --dest LINK. What a run saves is then timed alone:
#   - not in a folder just emptied: on ext4 without a journal (these machines'
#     root file system) each create skips, one at a time, the inodes freed in
#     the last minute, five while their inode table block is unwritten
#     (fs/ext4/ialloc.c, recently_deleted());
#   - not beside the write-back of the runs before it: the files of earlier
#     runs, still dirty, were being written out during the next ones.
# Either cost the runs that save files most of their system time (the file
# writers' perf samples: 128 of 249 in recently_deleted), and only those
# runs: never the bare Qt loop or h2load. The old folders stay until the
# script that made them removes its work folder, then it syncs. A series
# started within a minute of that still meets them: leave a minute between
# series.
#
#   bench/fresh-dest.sh LINK
set -euo pipefail
link=${1:?usage: fresh-dest.sh LINK}
mkdir -p "$link.runs"
ln -sfn "$(mktemp -d "$link.runs/XXXXXX")" "$link"
sync
