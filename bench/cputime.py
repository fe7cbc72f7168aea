#!/usr/bin/env python3
"""Runs a command and reports the CPU time it and every process it started used, worker JVMs included.

    bench/cputime.py OUT_FILE COMMAND [ARGS...]

Writes "CPU_SECONDS WALL_SECONDS" to OUT_FILE and exits with the command's status. The script makes itself a child
subreaper (Linux), so processes orphaned when the judge exits (a worker JVM finishing in the background, bubblewrap's
children) are re-parented to it and reaped: their CPU time is counted too. On a shared machine this is the figure
that other load does not inflate much, unlike wall-clock time.
"""
import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36

out_file, command = sys.argv[1], sys.argv[2:]
try:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
except (OSError, AttributeError):
    pass  # not Linux: orphans are not counted
start = time.monotonic()
status = subprocess.call(command)
wall = time.monotonic() - start
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out_file, "w") as out:
    out.write(f"{usage.ru_utime + usage.ru_stime:.2f} {wall:.2f}\n")
sys.exit(status)
