#!/usr/bin/env bash
# Benchmarks the readability judge: analysis throughput next to JavaParser's raw parse throughput on the accepted
# solutions in problems/ (model-answers) and on every readability test file (all-test-files, the dense worst case).
#
# The ratio comes from one benchmark, `interleaved`: each operation is one pass over the set that parses every file
# and analyses the same file, back to back (which comes first alternates), timing both in thread CPU time and in
# wall-clock time, so both sides share the machine's load. The script prints sum(parse time) / sum(analysis time)
# for each set, which is analysis throughput / raw parse throughput.
#
# Warm-up is counted in work, not seconds: single-shot iterations of 10 passes each, 10 to warm up (100 passes) and
# 5 measured (50 passes). On a busy machine a time-boxed warm-up gives the benchmark thread a second or two of CPU,
# and the ratio then measures the JIT compiling the rules (it climbs from about 0.72 to 0.83 on the dense set over
# the first 100 passes, then stays there).
#
#   bench/readability.sh                  # interleaved only, with the defaults above (annotations on the benchmark)
#   bench/readability.sh --separate       # also the separate rawParse and analyze throughputs (files/s; 5 warm-up
#                                         # and 8 measured iterations of 4 s each)
#   bench/readability.sh -wi 20 -i 10 -f 2  # any JMH options override the annotations (for every benchmark run)
#
# JUDGE_BUILD_DIR picks the Maven build folder (default: target/).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${JUDGE_BUILD_DIR:-$root/target}"
cd "$root"

benchmarks='dev.drilljudge.bench.ReadabilityBenchmark.interleaved$'
if [ "${1:-}" = "--separate" ]; then
    benchmarks='dev.drilljudge.bench.ReadabilityBenchmark'
    shift
fi

mvn -q -Djudge.buildDir="$build" test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$build/bench-classpath.txt"
classpath="$build/test-classes:$build/classes:$(cat "$build/bench-classpath.txt")"

results="$build/readability-bench.csv"
java -Djudge.projectRoot="$root" -cp "$classpath" org.openjdk.jmh.Main \
    "$benchmarks" -rf csv -rff "$results" "$@"

# Benchmark,Mode,Threads,Samples,Score,"Score Error (99.9%)",Unit,"Param: files"
awk -F, '
    { gsub(/"/, "") }
    $1 == "dev.drilljudge.bench.ReadabilityBenchmark.analyze"  { analyze[$8] = $5 }
    $1 == "dev.drilljudge.bench.ReadabilityBenchmark.rawParse" { parse[$8] = $5 }
    $1 ~ /interleaved:parseCpuNanos$/    { parseCpu[$8] = $5; sets[$8] = 1 }
    $1 ~ /interleaved:analyzeCpuNanos$/  { analyzeCpu[$8] = $5 }
    $1 ~ /interleaved:parseWallNanos$/   { parseWall[$8] = $5 }
    $1 ~ /interleaved:analyzeWallNanos$/ { analyzeWall[$8] = $5 }
    END {
        for (set in sets) {
            printf "%s: analysis / raw parse throughput, interleaved: thread CPU time %.2f (parse %.2f s, analysis %.2f s), wall clock %.2f (target >= 0.80)\n", \
                set, parseCpu[set] / analyzeCpu[set], parseCpu[set] / 1e9, analyzeCpu[set] / 1e9, \
                parseWall[set] / analyzeWall[set]
            if (parse[set] > 0) {
                printf "%s: separate runs, wall clock: analysis %.0f files/s, raw parse %.0f files/s, ratio %.2f\n", \
                    set, analyze[set], parse[set], analyze[set] / parse[set]
            }
        }
    }' "$results"
