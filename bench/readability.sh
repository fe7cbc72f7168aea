#!/usr/bin/env bash
# Benchmarks the readability judge: analysis throughput next to JavaParser's raw parse throughput (files/second)
# on the accepted solutions in problems/ (or the readability test files while problems/ is empty).
#
#   bench/readability.sh                  # short run: 2 warm-up and 3 measured iterations of 3 s, 1 fork
#   bench/readability.sh -wi 5 -i 10 -f 2 # any JMH options replace the defaults
#
# JUDGE_BUILD_DIR picks the Maven build folder (default: target/).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${JUDGE_BUILD_DIR:-$root/target}"
cd "$root"

mvn -q -Djudge.buildDir="$build" test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$build/bench-classpath.txt"
classpath="$build/test-classes:$build/classes:$(cat "$build/bench-classpath.txt")"

if [ "$#" -eq 0 ]; then
    set -- -wi 2 -w 3s -i 3 -r 3s -f 1
fi
results="$build/readability-bench.csv"
java -Djudge.projectRoot="$root" -cp "$classpath" org.openjdk.jmh.Main \
    'dev.drilljudge.bench.ReadabilityBenchmark' -rf csv -rff "$results" "$@"

# Benchmark,Mode,Threads,Samples,Score,"Score Error (99.9%)",Unit,"Param: files"
#   wall clock: analyze / rawParse; thread CPU time: parseCpuNanos / analyzeCpuNanos of the interleaved run.
awk -F, '
    { gsub(/"/, "") }
    $1 == "dev.drilljudge.bench.ReadabilityBenchmark.analyze"  { analyze[$8] = $5 }
    $1 == "dev.drilljudge.bench.ReadabilityBenchmark.rawParse" { parse[$8] = $5 }
    $1 ~ /interleavedCpuTime:parseCpuNanos$/   { parseCpu[$8] = $5 }
    $1 ~ /interleavedCpuTime:analyzeCpuNanos$/ { analyzeCpu[$8] = $5 }
    END {
        for (set in parse) {
            printf "%s: wall clock: analysis %.0f files/s, raw parse %.0f files/s, ratio %.2f", \
                set, analyze[set], parse[set], analyze[set] / parse[set]
            if (analyzeCpu[set] > 0) {
                printf "; thread CPU time: ratio %.2f", parseCpu[set] / analyzeCpu[set]
            }
            printf " (target >= 0.80)\n"
        }
    }' "$results"
