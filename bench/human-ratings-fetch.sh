#!/usr/bin/env bash
# Downloads the human-rated dataset bench/human-ratings.sh measures against: the 200 Java methods of Scalabrino et al.
# ("A comprehensive model for code readability", JSEP 2018), each rated 1-5 by nine evaluators. The copy used is the
# public one in github.com/omoghaoghenemano/software-readability at commit 5b6d582e (resources/snippets/N.jsnp and
# resources/truth_scores.csv, one row per evaluator). It is third-party data and is not committed: it goes into
# target/scalabrino/ (or FOLDER), as scores.csv and snippets/N.jsnp.
#
#   bench/human-ratings-fetch.sh [FOLDER]
#
# bench/human-ratings/sources.sha256 holds the SHA-256 of every file as measured for docs/readability.md (transcribed
# from a stored copy of that commit, since the measuring machine had no network); a file that differs is reported,
# so a rerun on a different text is never mistaken for the documented one. Needs curl and raw.githubusercontent.com.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$root/target/scalabrino}"
base="https://raw.githubusercontent.com/omoghaoghenemano/software-readability/5b6d582eb989a88aed12015a508ec633d382f0af/resources"
mkdir -p "$folder/snippets"

fetch() {
    if ! curl -fsSL "$base/$1" -o "$folder/$2.part"; then
        echo "human-ratings-fetch.sh: could not download $base/$1; check the network and try again" >&2
        exit 1
    fi
    mv "$folder/$2.part" "$folder/$2"
}

fetch truth_scores.csv scores.csv
for number in $(seq 1 200); do
    fetch "snippets/$number.jsnp" "snippets/$number.jsnp"
done

differing=0
while IFS=$'\t' read -r file expected; do
    actual="$(sha256sum "$folder/$file" | cut -d' ' -f1)"
    if [ "$actual" != "$expected" ]; then
        echo "human-ratings-fetch.sh: $file differs from the text measured in docs/readability.md" >&2
        differing=$((differing + 1))
    fi
done < "$root/bench/human-ratings/sources.sha256"
echo "downloaded 200 snippets and their ratings into $folder; $differing file(s) differ from the measured text"
