#!/usr/bin/env bash
# Downloads the outside answers listed in sources.tsv into answers/ at the exact commits they were labelled at, and
# checks each file's SHA-256, so OutsidePrecisionTest measures the labels against the text they were written for.
# Usage: fetch.sh [SET_FOLDER]; without an argument, the folder this script is in. The other sets' fetch.sh call
# this script with their own folder.
# The answers are third-party code from public repositories and are not committed here; only their addresses and
# the labels are. Needs curl, python3 (to URL-encode paths) and network access to raw.githubusercontent.com.
set -euo pipefail

here="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")}" && pwd)"
mkdir -p "$here/answers"
failed=0
while IFS=$'\t' read -r file repository path commit sha256; do
    case "$file" in '#'*|'') continue ;; esac
    encoded="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$path")"
    target="$here/answers/$file"
    if ! curl -fsSL "https://raw.githubusercontent.com/$repository/$commit/$encoded" -o "$target.part"; then
        echo "fetch.sh: could not download $repository/$path at $commit" >&2
        failed=1
        continue
    fi
    actual="$(sha256sum "$target.part" | cut -d' ' -f1)"
    if [ "$actual" != "$sha256" ]; then
        echo "fetch.sh: $file differs from the labelled text (sha256 $actual, expected $sha256); not kept" >&2
        rm -f "$target.part"
        failed=1
        continue
    fi
    mv "$target.part" "$target"
done < "$here/sources.tsv"
exit "$failed"
