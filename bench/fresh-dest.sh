#!/usr/bin/env bash
# Points LINK at a new, empty folder (LINK.runs/N): the destination of one
# benchmark run. Use it as hyperfine's --prepare, with --dest LINK.
#
# Why not `rm -rf LINK && mkdir LINK`: on ext4 without a journal (these
# machines' root file system), creating a file skips, one at a time, every
# inode freed in the last 5 seconds (35 when its inode table block is still
# dirty): fs/ext4/ialloc.c, recently_deleted(). A run that starts just after
# the last run's files were deleted then spends most of its file-saving time
# in that scan (perf: 128 of 249 samples of the file writers in
# recently_deleted), and only the commands that save files pay it. The old
# folders stay until the script that made them removes its work folder.
#
#   bench/fresh-dest.sh LINK
set -euo pipefail
link=${1:?usage: fresh-dest.sh LINK}
mkdir -p "$link.runs"
ln -sfn "$(mktemp -d "$link.runs/XXXXXX")" "$link"
