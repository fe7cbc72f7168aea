#!/usr/bin/env bash
# End-to-end benchmark: `./judge submit <id>` against `mvn -q -o test` on an equivalent one-problem Maven
# project (the same accepted solution, the same hidden tests), run alternately; prints medians and the ratio.
#   bench/submit-vs-maven.sh [problem-id] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
problem=${1:-two-sum}
rounds=${2:-7}
package="problems/$problem"
solution=$(find "$package/solutions/accepted" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1)
[ -n "$solution" ] || { echo "bench: $package has no accepted solution" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/maven-$problem"
mkdir -p "$project/src/main/java" "$project/src/test/java"
cp -r "$solution"/. "$project/src/main/java/"
[ -d "$package/support" ] && cp -r "$package/support"/. "$project/src/main/java/"
cp -r "$package/tests/hidden"/. "$project/src/test/java/"
cat > "$project/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>6.1.3</version><scope>test</scope></dependency>
    <dependency><groupId>org.assertj</groupId><artifactId>assertj-core</artifactId><version>3.27.7</version><scope>test</scope></dependency>
  </dependencies>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
  </plugins></build>
</project>
POM

# The judge's history goes to a scratch workspace, not the repo's submissions/.
workspace="$work/submissions"
mkdir -p "$workspace"
judge_submit() { ./judge submit "$problem" "${1:-$solution}" --submissions "$workspace" >/dev/null || true; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

echo "bench: warming up (build, caches, Maven plugins)" >&2
judge_submit
judge_submit
(cd "$project" && mvn -q test >/dev/null 2>&1) || { echo "bench: the Maven project failed to build" >&2; exit 3; }

# Three judge figures, each against the Maven run that compiles as much:
#   unchanged: the same code again, as after `judge run`; Maven's up-to-date check skips javac too;
#   edited:    the candidate's code changed (a comment per round, added to the Maven project's copy as well):
#              the judge compiles the candidate and reuses the tests, Maven recompiles the module;
#   first:     the judge's compiled-classes cache off, so it compiles the candidate and the tests, against the
#              same edited Maven run.
edited="$work/edited"
maven_main=$(find "$project/src/main/java" -name '*.java' | sort | head -n 1)
millis() { date +%s%N | cut -b1-13; }
unchanged_times=()
edited_times=()
first_times=()
maven_unchanged_times=()
maven_edited_times=()
for round in $(seq 1 "$rounds"); do
    edit="// edit $round $RANDOM"
    rm -rf "$edited" && cp -r "$solution" "$edited"
    echo "$edit" >> "$(find "$edited" -name '*.java' | sort | head -n 1)"
    echo "$edit" >> "$maven_main"
    start=$(millis); judge_submit "$solution"; end=$(millis)
    unchanged_times+=($((end - start)))
    start=$(millis); judge_submit "$edited"; end=$(millis)
    edited_times+=($((end - start)))
    start=$(millis); DRILL_JUDGE_CACHE=off judge_submit "$solution"; end=$(millis)
    first_times+=($((end - start)))
    start=$(millis); (cd "$project" && mvn -q -o test >/dev/null 2>&1); end=$(millis)
    maven_edited_times+=($((end - start)))
    start=$(millis); (cd "$project" && mvn -q -o test >/dev/null 2>&1); end=$(millis)
    maven_unchanged_times+=($((end - start)))
    echo "round $round: judge unchanged ${unchanged_times[-1]} ms, edited ${edited_times[-1]} ms," \
        "first ${first_times[-1]} ms; mvn edited ${maven_edited_times[-1]} ms, unchanged ${maven_unchanged_times[-1]} ms" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
unchanged_median=$(median "${unchanged_times[@]}")
edited_median=$(median "${edited_times[@]}")
first_median=$(median "${first_times[@]}")
maven_unchanged_median=$(median "${maven_unchanged_times[@]}")
maven_edited_median=$(median "${maven_edited_times[@]}")
echo "problem: $problem, rounds: $rounds, cores: $(nproc), load average before: $load_before"
echo "judge submit median, unchanged code (nothing recompiled): $unchanged_median ms"
echo "judge submit median, edited code (tests reused):          $edited_median ms"
echo "judge submit median, first submit (cache off):            $first_median ms"
echo "mvn -q -o test median, unchanged project:                 $maven_unchanged_median ms"
echo "mvn -q -o test median, edited project (recompiles):       $maven_edited_median ms"
awk -v u="$unchanged_median" -v e="$edited_median" -v f="$first_median" -v mu="$maven_unchanged_median" \
    -v me="$maven_edited_median" 'BEGIN {
    printf "ratio judge/maven: unchanged %.2f (vs unchanged), edited %.2f and first %.2f (vs edited); target <= 0.33\n",
        u / mu, e / me, f / me }'
