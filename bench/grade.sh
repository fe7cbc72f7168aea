#!/usr/bin/env bash
# Benchmark: grade a synthetic practice repo of 40 submissions two ways and compare.
#   1. `./judge grade` (one warm compiler, a fresh worker JVM per submission, started ahead of need);
#   2. one `mvn -q -o test` per submission, on equivalent generated Maven projects
#      (the same solution, the same support classes, the same hidden tests, JUnit Jupiter + AssertJ).
#
# Usage: bench/grade.sh [PROBLEMS_DIR]      (default: problems)
# A hung Maven test run is stopped after 120 s (surefire.timeout), as the judge stops a runaway worker.
# Env:   BENCH_SUBMISSIONS (default 40), JUDGE (default ./judge), BENCH_DIR (default: a fresh temp folder),
#        SKIP_MAVEN=1 to time only `judge grade`.
#
# Every bank problem gets a submission: accepted solutions from solutions/accepted/, wrong ones from
# solutions/wrong/, alternating. A submissions/ folder holds one folder per problem id, so when the bank has fewer
# problems than BENCH_SUBMISSIONS the script grades a synthetic bank that repeats the problems under new ids
# (two-sum, two-sum-r2, ...). The figures are printed at the end, with the load average around the run and, when
# python3 is there, the CPU time of `judge grade` and all its worker JVMs (bench/cputime.py): on a shared machine
# that figure says more than the wall clock.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
problems=$(cd "${1:-$root/problems}" && pwd)
count=${BENCH_SUBMISSIONS:-40}
judge=${JUDGE:-$root/judge}
work=${BENCH_DIR:-$(mktemp -d -t drill-bench.XXXXXX)}
junit_version=6.1.3
assertj_version=3.27.7
surefire_version=3.5.2

mapfile -t ids < <(find "$problems" -mindepth 2 -maxdepth 2 -name problem.yaml -printf '%h\n' \
    | xargs -r -n1 basename | sort)
if [ ${#ids[@]} -eq 0 ]; then
    echo "bench/grade.sh: no problems under $problems (each needs problem.yaml); give a bank folder" >&2
    exit 2
fi

bank=$work/bank
repo=$work/repo
maven=$work/maven
rm -rf "$bank" "$repo" "$maven"
mkdir -p "$bank" "$repo/submissions" "$maven"

# pick_solution ID N: a wrong solution for odd N, an accepted one for even N (when the problem has one).
pick_solution() {
    local dir=$problems/$1 kind=accepted
    if [ $(( $2 % 2 )) -eq 1 ] && [ -d "$dir/solutions/wrong" ] && [ -n "$(ls -A "$dir/solutions/wrong")" ]; then
        kind=wrong
    fi
    find "$dir/solutions/$kind" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1
}

accepted=0
wrong=0
for (( index = 0; index < count; index++ )); do
    base=${ids[$(( index % ${#ids[@]} ))]}
    round=$(( index / ${#ids[@]} + 1 ))
    id=$base
    [ "$round" -gt 1 ] && id=$base-r$round
    # Alternate per round too, so that a repeated problem gets both a right and a wrong answer.
    solution=$(pick_solution "$base" $(( index % ${#ids[@]} + round )))
    if [ -z "$solution" ]; then
        echo "bench/grade.sh: $problems/$base has no solutions/accepted/; skipped" >&2
        continue
    fi
    case "$solution" in */solutions/wrong/*) wrong=$((wrong + 1)) ;; *) accepted=$((accepted + 1)) ;; esac

    # The bank copy: the same package under the new id (problem.yaml's id must equal the folder name).
    cp -r "$problems/$base" "$bank/$id"
    sed -i -E "s/^id:[[:space:]]*.*/id: $id/" "$bank/$id/problem.yaml"
    # The practice repo's submission.
    cp -r "$solution" "$repo/submissions/$id"

    # The equivalent Maven project.
    project=$maven/$id
    mkdir -p "$project/src/main/java" "$project/src/test/java"
    cp -r "$solution"/. "$project/src/main/java/"
    [ -d "$problems/$base/support" ] && cp -r "$problems/$base/support"/. "$project/src/main/java/"
    cp -r "$problems/$base/tests/hidden"/. "$project/src/test/java/"
    cat > "$project/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$id</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>$junit_version</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.assertj</groupId>
      <artifactId>assertj-core</artifactId>
      <version>$assertj_version</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>$surefire_version</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
done
graded=$((accepted + wrong))
echo "Synthetic practice repo: $graded submissions ($accepted accepted, $wrong wrong) over ${#ids[@]} bank problems, in $work"

now_ms() { date +%s%3N; }

cd "$repo"
cpu_meter=()
command -v python3 > /dev/null && cpu_meter=(python3 "$root/bench/cputime.py" "$work/grade.cpu")
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
start=$(now_ms)
set +e
"${cpu_meter[@]}" "$judge" grade --submissions "$repo/submissions" --problems "$bank" \
    --junit-xml "$work/junit.xml" --json "$work/grade.json" > "$work/grade.log" 2>&1
grade_exit=$?
set -e
grade_ms=$(( $(now_ms) - start ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
tail -n 3 "$work/grade.log"
if [ "$grade_exit" -gt 1 ]; then
    echo "bench/grade.sh: judge grade failed with exit $grade_exit; see $work/grade.log" >&2
    exit 1
fi

maven_ms=0
if [ "${SKIP_MAVEN:-0}" != 1 ]; then
    # Warm-up: resolve the plugins once so the timed runs are offline and equal.
    (cd "$maven/$(ls "$maven" | head -n 1)" && mvn -q test > /dev/null 2>&1 || true)
    start=$(now_ms)
    for project in "$maven"/*/; do
        (cd "$project" && mvn -q -o -Dsurefire.timeout=120 test > "$project/mvn.log" 2>&1 || true)
    done
    maven_ms=$(( $(now_ms) - start ))
fi

echo "cores: $(nproc), load average before judge grade: $load_before, after: $load_after"
if [ -s "$work/grade.cpu" ]; then
    read -r cpu_seconds _ < "$work/grade.cpu"
    awk -v n="$graded" -v c="$cpu_seconds" -v cores="$(nproc)" 'BEGIN {
        printf "judge grade CPU time: %6.1f s  (%.2f s per submission, all processes; %.1f submissions/s at best on %d idle cores)\n",
            c, c / n, n * cores / c, cores }'
fi
awk -v n="$graded" -v g="$grade_ms" -v m="$maven_ms" 'BEGIN {
    printf "judge grade:          %6.1f s  (%.1f submissions/s)\n", g / 1000, n / (g / 1000)
    if (m > 0) {
        printf "mvn -q -o test each:  %6.1f s  (%.2f submissions/s)\n", m / 1000, n / (m / 1000)
        printf "speed-up:             %6.1fx\n", m / g
    }
}'
