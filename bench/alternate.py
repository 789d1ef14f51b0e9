#!/usr/bin/env python3
"""Whole commands in turns, round by round, with CPU time besides wall time.

On a shared machine whose load swings within seconds, one command's runs in a
block measure the load as much as the command; taking turns (A B C, A B C, ...)
spreads a swing over all of them. The child's user and system time
(getrusage) stretch far less with the load than the wall time does.

    bench/alternate.py RUNS DEST 'NAME=COMMAND' ['NAME=COMMAND' ...]

{dest} in a command is replaced by DEST, which is emptied (removed and made
again) before every run: replacing files makes ext4 flush. One warm-up round
first, not counted. Prints each command's medians: wall, user, system.
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time


def run_once(command, dest):
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command.replace("{dest}", dest), shell=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall * 1000, (after.ru_utime - before.ru_utime) * 1000, (after.ru_stime - before.ru_stime) * 1000


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, dest = int(sys.argv[1]), sys.argv[2]
    commands = [arg.split("=", 1) for arg in sys.argv[3:]]
    times = {name: [] for name, _ in commands}
    load_before = open("/proc/loadavg").read().split()[:3]
    for name, command in commands:
        run_once(command, dest)
    for _ in range(runs):
        for name, command in commands:
            times[name].append(run_once(command, dest))
    load_after = open("/proc/loadavg").read().split()[:3]
    print(f"{runs} rounds on {os.cpu_count()} cores; load {' '.join(load_before)} before, {' '.join(load_after)} after")
    print(f"{'command':36} {'wall med':>9} {'mean':>7} {'user med':>9} {'sys med':>8} {'u+s med':>8}")
    for name, runs_of in times.items():
        wall = [t[0] for t in runs_of]
        print(f"{name:36} {statistics.median(wall):9.1f} {statistics.mean(wall):7.1f}"
              f" {statistics.median(t[1] for t in runs_of):9.1f} {statistics.median(t[2] for t in runs_of):8.1f}"
              f" {statistics.median(t[1] + t[2] for t in runs_of):8.1f}")


if __name__ == "__main__":
    main()
