#!/bin/sh
# make bench: newsroom's speed figures, medians of several runs, as a table
# with each target (see bench/bench.py for what is measured and how).
#
# Usage: bench/run.sh [NEWSROOM_BINARY]
# Environment:
#   BENCH_SIZES="2000 20000 200000"  generated store sizes (articles)
#   BENCH_RUNS=7                     runs per figure (median)
#   BENCH_BBC=../shared/corpora/bbc  BBC corpus; its rows are skipped when absent
#   BENCH_REBUILD=1                  regenerate the cached stores in build/bench/
#   BENCH_NO_HYPERFINE=1             time in Python even when hyperfine is installed
# Exit status: 0 when every target is met, 1 when one is missed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/newsroom}
command -v python3 >/dev/null 2>&1 || { echo "bench: python3 is needed" >&2; exit 2; }
exec python3 "$top/bench/bench.py" "$bin"
