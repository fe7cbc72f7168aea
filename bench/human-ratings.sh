#!/usr/bin/env bash
# Measures how well the readability score agrees with human ratings: the 200 Java methods of Scalabrino et al.
# ("A comprehensive model for code readability", JSEP 2018; TSE 2019), each rated 1-5 by nine evaluators. Prints
# Spearman's correlation of the score with the mean rating, the partial correlation with method length (code lines)
# held fixed (issue 12 asks for at least +0.25), and a per-rule breakdown.
#
#   bench/human-ratings.sh [FOLDER]   # FOLDER holds scores.csv and snippets/1.jsnp..200.jsnp; default target/scalabrino
#
# The dataset is third-party and is not committed: bench/human-ratings-fetch.sh downloads it into target/scalabrino
# from the public copy named there. The set is split by snippet number: rules may be tuned only by reading the
# odd-numbered snippets (their findings go to FOLDER/development-findings.txt, and the per-rule table covers them
# alone); the even-numbered half is held out, and its partial Spearman is the figure that counts.
# JUDGE_BUILD_DIR picks the Maven build folder (default: target/).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${JUDGE_BUILD_DIR:-$root/target}"
folder="${1:-$root/target/scalabrino}"
if [ ! -f "$folder/scores.csv" ] || [ ! -d "$folder/snippets" ]; then
    echo "human-ratings.sh: $folder has no scores.csv and snippets/; run bench/human-ratings-fetch.sh first" >&2
    exit 2
fi
cd "$root"
mvn -q -Djudge.buildDir="$build" test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$build/bench-classpath.txt"
classpath="$build/test-classes:$build/classes:$(cat "$build/bench-classpath.txt")"
java -cp "$classpath" dev.drilljudge.bench.HumanRatings "$folder"
