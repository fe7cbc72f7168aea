#!/usr/bin/env bash
# A warm submit through `judge serve`'s API against a cold `./judge submit --no-daemon` of the same answer,
# alternated, median of N rounds each (default 10); the target is warm <= 1/5 of cold.
#   bench/serve-vs-cli.sh [problem-id] [rounds]
# Needs curl, and jq or python3 to build the request's JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
problem=${1:-two-sum}
rounds=${2:-10}
package="problems/$problem"
solution=$(find "$package/solutions/accepted" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1)
[ -n "$solution" ] || { echo "bench: $package has no accepted solution" >&2; exit 2; }
answer=$(find "$solution" -maxdepth 1 -name '*.java' | sort | head -n 1)
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 2; }

work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap 'status=$?; cleanup; exit $status' EXIT

body="$work/body.json"
if command -v jq >/dev/null; then
    jq -Rs --arg name "$(basename "$answer")" '{files: {($name): .}}' < "$answer" > "$body"
elif command -v python3 >/dev/null; then
    python3 -c 'import json,sys,os; print(json.dumps({"files": {os.path.basename(sys.argv[1]): open(sys.argv[1]).read()}}))' \
        "$answer" > "$body"
else
    echo "bench: jq or python3 is needed to build the request" >&2; exit 2
fi

./judge --version >/dev/null # builds the jar first if needed, outside the timings
export DRILL_JUDGE_STATE="$work/state" # the server's announcement stays in the scratch folder
mkdir -p "$work/warm" "$work/cold"
./judge serve --no-open --port 0 --submissions "$work/warm" > "$work/serve.out" 2>&1 &
server_pid=$!
url=
for _ in $(seq 1 600); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*/?token=[0-9a-f]*' "$work/serve.out" || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "bench: judge serve did not start:" >&2; cat "$work/serve.out" >&2; exit 3; }
base=${url%%/\?token=*}
token=${url##*token=}

warm_submit() {
    curl -sS -o "$work/reply.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' --data-binary @"$body" "$base/api/problems/$problem/submit"
}
cold_submit() { ./judge submit "$problem" "$solution" --submissions "$work/cold" --no-daemon >/dev/null || true; }
millis() { date +%s%N | cut -b1-13; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

echo "bench: warming up (the server's first submits, the CLI's caches)" >&2
for _ in 1 2 3; do warm_submit >/dev/null; done
cold_submit
grep -q '"verdict" : "ACCEPTED"' "$work/reply.json" || { echo "bench: the warm submit was not ACCEPTED" >&2; exit 3; }

warm_times=()
cold_times=()
for round in $(seq 1 "$rounds"); do
    read -r status seconds < <(warm_submit)
    [ "$status" = 200 ] || { echo "bench: the API answered $status" >&2; exit 3; }
    warm_times+=($(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 + 0.5 }'))
    start=$(millis); cold_submit; end=$(millis)
    cold_times+=($((end - start)))
    echo "round $round: warm API submit ${warm_times[-1]} ms, cold ./judge submit ${cold_times[-1]} ms" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
warm_median=$(median "${warm_times[@]}")
cold_median=$(median "${cold_times[@]}")
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "problem: $problem, rounds: $rounds, cores: $(nproc), load average before: $load_before, after: $load_after"
echo "warm API submit median (judge serve):   $warm_median ms"
echo "cold ./judge submit median (--no-daemon): $cold_median ms"
awk -v w="$warm_median" -v c="$cold_median" 'BEGIN { printf "ratio warm/cold: %.2f; target <= 0.20\n", w / c }'
