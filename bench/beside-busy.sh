#!/usr/bin/env bash
# Runs a command beside N CPU-bound processes (default 16) and stops them when it ends, for checking that verdicts
# hold on a busy machine: `bench/beside-busy.sh 16 ./judge verify`. Prints the command's exit code and wall time.
set -uo pipefail
busy=${1:?usage: bench/beside-busy.sh N COMMAND...}
shift
pids=()
for _ in $(seq "$busy"); do
    ( while :; do :; done ) &
    pids+=($!)
done
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
"$@"
rc=$?
echo "beside $busy busy processes: exit $rc, $(( $(date +%s) - start )) s, load $(cut -d' ' -f1-3 /proc/loadavg)"
exit $rc
