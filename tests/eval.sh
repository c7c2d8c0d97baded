#!/bin/sh
# Scores `newsroom extract --json` on the annotated corpora beside the
# project (../shared/corpora: seeds, polnear-dev, polnear-train,
# bbc-annotated), whichever are present, and prints one table.  Not part of
# `make check`.  spk-wrong is the share of found quotes whose speaker names
# another person (lower is better).
# Usage: tests/eval.sh NEWSROOM_BINARY [CORPUS...]
set -u
bin=${1:?usage: tests/eval.sh NEWSROOM_BINARY [CORPUS...]}
shift
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$top/../shared}
score=$shared/tools/score.py
if [ ! -f "$score" ]; then
    echo "eval: $shared not found; nothing to score"
    exit 0
fi
[ $# -gt 0 ] || set -- seeds polnear-dev polnear-train bbc-annotated
export NEWSROOM_DATADIR="${NEWSROOM_DATADIR:-$top/config}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-eval.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
printf '%-14s %8s %9s %9s %8s %8s %8s %9s %8s %8s\n' corpus articles direct@.3 direct@.8 all@.3 \
    spk-span spk-name spk-wrong people places
for c in "$@"; do
    d=$shared/corpora/$c
    [ -d "$d/text" ] || continue
    find "$d/text" -name '*.txt' | sort | xargs "$bin" extract --json >"$tmp/$c.jsonl" 2>"$tmp/$c.err"
    python3 "$score" "$d" "$tmp/$c.jsonl" --json >"$tmp/$c.json" || { echo "$c: scoring failed"; continue; }
    python3 - "$c" "$tmp/$c.json" <<'PY'
import json, sys
c, o = sys.argv[1], json.load(open(sys.argv[2]))
def f(k, m='f1', w=8):
    v = o.get(k)
    return '%*.3f' % (w, v[m]) if v else '%*s' % (w, '-')
print('%-14s %8d %s %s %s %s %s %s %s %s' % (c, o['articles'], f('direct@0.3', w=9), f('direct@0.8', w=9),
      f('all@0.3'), f('speaker-span', 'accuracy'), f('speaker-name', 'accuracy'),
      f('speaker-wrong', 'rate', 9), f('people'), f('places')))
PY
done
