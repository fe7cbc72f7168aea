#!/usr/bin/env bash
# Downloads this set's answers (listed in sources.tsv) into answers/ and checks their hashes: the first set's
# script, pointed at this folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../labelled-outside/fetch.sh" "$here"
