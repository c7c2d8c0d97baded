#!/bin/sh
# Runs every test: the cmocka unit binaries given as arguments, then each
# tests/cli/*.sh and tests/ui/*.sh with NEWSROOM set to the binary under test.
# A script exits 0 (pass), 77 (skip) or anything else (fail).
# Usage: tests/run-tests.sh NEWSROOM_BINARY [UNIT_BINARY...]
set -u
bin=$1; shift
NEWSROOM=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
export NEWSROOM
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
top=$(cd "$(dirname "$0")/.." && pwd)
# known leaks in system libraries (not ours) are listed there
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/data/lsan.supp}
export NEWSROOM_TOP="$top"
export NEWSROOM_DATADIR="$top/config"
log=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-tests.XXXXXX")
pass=0 fail=0 skip=0 failed=""

run() { # name, command...
    name=$1; shift
    out="$log/$(echo "$name" | tr '/' '_').log"
    if "$@" >"$out" 2>&1; then rc=0; else rc=$?; fi
    if [ $rc -eq 0 ]; then
        pass=$((pass + 1)); printf 'ok   %s\n' "$name"
    elif [ $rc -eq 77 ]; then
        skip=$((skip + 1)); printf 'skip %s: %s\n' "$name" "$(tail -n 1 "$out")"
    else
        fail=$((fail + 1)); failed="$failed $name"
        printf 'FAIL %s (exit %d)\n' "$name" "$rc"
        sed 's/^/     | /' "$out" | tail -n 40
    fi
}

for u in "$@"; do run "unit/$(basename "$u")" "$u"; done
for t in "$top"/tests/cli/*.sh "$top"/tests/ui/*.sh; do
    [ -f "$t" ] || continue
    run "$(basename "$(dirname "$t")")/$(basename "$t" .sh)" sh "$t"
done

echo
[ -n "$failed" ] && echo "failed:$failed"
echo "logs: $log"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
