# Shared helpers for the shell tests in tests/cli and tests/ui.
# Each test: `. "$NEWSROOM_TOP/tests/lib.sh"`, then uses $NR (the binary),
# $T (a fresh temporary directory, removed on exit) and the assertions.
set -u
: "${NEWSROOM:?NEWSROOM must name the binary under test}"
: "${NEWSROOM_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
NR=$NEWSROOM
T=$(mktemp -d "${TMPDIR:-/tmp}/nrtest.XXXXXX")
export XDG_DATA_HOME="$T/data" XDG_CONFIG_HOME="$T/config" HOME="$T/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$HOME"
trap 'rm -rf "$T"' EXIT
SAMPLES="$NEWSROOM_TOP/sample-articles"
n_checks=0

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "$*"; exit 77; }
ok() { n_checks=$((n_checks + 1)); }

# run CMD...: runs, storing stdout in $T/out, stderr in $T/err, status in $rc
run() {
    if "$@" >"$T/out" 2>"$T/err"; then rc=0; else rc=$?; fi
}
assert_rc() { [ "$rc" -eq "$1" ] || { echo "stdout:"; cat "$T/out"; echo "stderr:"; cat "$T/err"; fail "exit status $rc, expected $1: $2"; }; ok; }
assert_rc_nonzero() { [ "$rc" -ne 0 ] || fail "exit status 0, expected failure: $1"; ok; }
assert_out() { grep -qE -- "$1" "$T/out" || { cat "$T/out"; fail "stdout lacks /$1/: ${2:-}"; }; ok; }
assert_err() { grep -qE -- "$1" "$T/err" || { cat "$T/err"; fail "stderr lacks /$1/: ${2:-}"; }; ok; }
assert_no_out() { ! grep -qE -- "$1" "$T/out" || { cat "$T/out"; fail "stdout has /$1/: ${2:-}"; }; ok; }
assert_eq() { [ "$1" = "$2" ] || fail "'$1' != '$2': ${3:-}"; ok; }
# assert_json PYEXPR: evaluates a Python expression over d = json of $T/out
assert_json() {
    python3 - "$T/out" "$1" <<'PY' || fail "json check failed: $1 ${2:-}"
import json, sys
text = open(sys.argv[1], encoding='utf-8').read()
try:
    d = json.loads(text)
except ValueError:
    d = [json.loads(l) for l in text.splitlines() if l.strip()]
ok = eval(sys.argv[2])
if not ok:
    print(json.dumps(d, ensure_ascii=False)[:2000], file=sys.stderr)
    sys.exit(1)
PY
    ok
}
done_ok() { echo "$n_checks checks passed"; exit 0; }
# babble_articles DIR: 300 articles of 400 made-up words each, every word
# starting with "a", so that a prefix term such as a* matches thousands of
# words and a full-text search of many of them runs long.
babble_articles() {
    mkdir "$1"
    python3 - "$1" <<'PY'
import random, sys
random.seed(1)
syl = ['ba', 'ca', 'da', 'fa', 'ga', 'ma', 'na', 'ra', 'sa', 'ta', 'be', 'le', 'ro', 'mi', 'nu']
for i in range(300):
    words = ['a' + ''.join(random.choice(syl) for _ in range(random.randint(1, 3))) for _ in range(400)]
    open(f'{sys.argv[1]}/a{i:04d}.txt', 'w').write(f'Title {i}\n\n' + ' '.join(words) + '.\n')
PY
}
