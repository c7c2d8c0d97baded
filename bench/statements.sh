#!/bin/sh
# Statement groups and surname actors on a store of the BBC and PolNeAR
# corpora: imports them into a fresh store and measures it with
# bench/statements.py (targets: at most 1% of cross-article statements
# holding a quote unrelated to every other member; no surname-only person
# with 5+ mentions apart from a full-name person who dominates it).
# Usage: bench/statements.sh [NEWSROOM_BINARY]
# Exit status: 0 targets met, 1 missed, 77 when ../shared is absent.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/newsroom}
c=$top/../shared/corpora
for d in bbc polnear-train/text polnear-dev/text; do
    [ -d "$c/$d" ] || { echo "bench: $c/$d is absent; skipped"; exit 77; }
done
db=$(mktemp -d "${TMPDIR:-/tmp}/nrstatements.XXXXXX")
trap 'rm -rf "$db"' EXIT
NEWSROOM_DATADIR=${NEWSROOM_DATADIR:-$top/config} "$bin" --db "$db/store.db" import \
    "$c/bbc" "$c/polnear-train/text" "$c/polnear-dev/text" >"$db/import.out" 2>/dev/null || true
cat "$db/import.out"
python3 "$top/bench/statements.py" "$db/store.db" --check
