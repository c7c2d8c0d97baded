#!/bin/sh
# Scores `newsroom extract --json` on the annotated corpora beside the
# project (../shared/corpora: seeds, polnear-dev, polnear-train), whichever
# are present, and prints one table.  Not part of `make check`.
# Usage: tests/eval.sh NEWSROOM_BINARY
set -u
bin=${1:?usage: tests/eval.sh NEWSROOM_BINARY}
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$top/../shared}
score=$shared/tools/score.py
if [ ! -f "$score" ]; then
    echo "eval: $shared not found; nothing to score"
    exit 0
fi
export NEWSROOM_DATADIR="${NEWSROOM_DATADIR:-$top/config}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-eval.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
printf '%-14s %8s %8s %8s %8s %8s %8s %8s %8s\n' corpus articles direct@.3 direct@.8 all@.3 spk-span spk-name people places
for c in seeds polnear-dev polnear-train; do
    d=$shared/corpora/$c
    [ -d "$d/text" ] || continue
    find "$d/text" -name '*.txt' | sort | xargs "$bin" extract --json >"$tmp/$c.jsonl" 2>"$tmp/$c.err"
    python3 "$score" "$d" "$tmp/$c.jsonl" --json >"$tmp/$c.json" || { echo "$c: scoring failed"; continue; }
    python3 - "$c" "$tmp/$c.json" <<'PY'
import json, sys
c, o = sys.argv[1], json.load(open(sys.argv[2]))
def f(k, m='f1'):
    v = o.get(k)
    return '%8.3f' % v[m] if v else '%8s' % '-'
print('%-14s %8d %s %s %s %s %s %s %s' % (c, o['articles'], f('direct@0.3'), f('direct@0.8'), f('all@0.3'),
      f('speaker-span', 'accuracy'), f('speaker-name', 'accuracy'), f('people'), f('places')))
PY
done
