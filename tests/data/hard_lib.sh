# Helpers shared by tests/cli/hard_*.sh (sourced after tests/lib.sh).

# Sanitizer reports, crashes and SQLite internals never reach the user.
assert_sane() { # label
    if grep -qE 'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:|SUMMARY: ' "$T/err" 2>/dev/null; then
        sed -n 1,40p "$T/err"; fail "sanitizer report: $1"
    fi
    [ "$rc" -lt 124 ] || { cat "$T/err"; fail "exit status $rc (timeout or signal): $1"; }
    ok
}

# Every line on stderr is one message: non-empty, no stray control bytes.
assert_clear() { # label
    if [ "$rc" -ne 0 ] && [ ! -s "$T/err" ]; then fail "failed silently (status $rc): $1"; fi
    if LC_ALL=C grep -q "$(printf '[\001-\010\016-\037]')" "$T/err"; then
        cat -v "$T/err" | head -n 5; fail "control characters in the message: $1"
    fi
    ok
}

# The store passes SQLite's own checks.
# The store has every index a new store has, with the same definition (an
# import that doubles the store builds its order indexes at the end).
assert_indexes() { # db label
    mkdir -p "$T/empty-dir"
    rm -f "$T/fresh-indexes.db"*
    "$NR" --db "$T/fresh-indexes.db" import "$T/empty-dir" >/dev/null 2>&1 ||
        fail "making a new store to compare indexes with"
    python3 - "$1" "$T/fresh-indexes.db" <<'PY' || fail "indexes: $2"
import sqlite3, sys
def indexes(path):
    db = sqlite3.connect(path, timeout=30)
    return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                           " AND sql IS NOT NULL").fetchall())
got, want = indexes(sys.argv[1]), indexes(sys.argv[2])
missing = sorted(set(want) - set(got))
differ = sorted(n for n in want if n in got and got[n] != want[n])
if missing or differ:
    print("missing:", missing, "different:", differ, file=sys.stderr)
    sys.exit(1)
PY
    ok
}

assert_integrity() { # db label
    python3 - "$1" <<'PY' || fail "integrity check: $2"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
r = db.execute("PRAGMA integrity_check").fetchall()
fk = db.execute("PRAGMA foreign_key_check").fetchall()
if r != [("ok",)] or fk:
    print(r[:5], fk[:5], file=sys.stderr)
    sys.exit(1)
PY
    ok
}

# Count of JSON rows printed by a list command ($T/out).
json_count() {
    python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$T/out" 2>/dev/null || echo -1
}

# Generates N articles (bench/gen.py) into DIR, ids from FIRST.
gen_articles() { # n dir [first]
    python3 "$NEWSROOM_TOP/bench/gen.py" --count "$1" --out "$2" --first "${3:-0}" --flat --seed 7 2>/dev/null ||
        fail "cannot generate articles"
}

# Skips the test when the command line lacks a command it needs.
need_command() { # command...
    "$NR" "$@" --help >/dev/null 2>&1 || skip "needs 'newsroom $* --help' (the core's command line)"
}

# Findings that do not stop the test: each is listed, and the test fails at
# the end (finish) so one run shows every problem.
soft() { # cmd... : runs an assertion in a subshell; records its failure
    if ! ( "$@" ) >"$T/soft.last" 2>&1; then
        tail -n 3 "$T/soft.last" >>"$T/soft"
    else
        ok
    fi
}
finish() {
    if [ -s "$T/soft" ]; then
        echo "$n_checks checks passed; these failed:" >&2
        cat "$T/soft" >&2
        exit 1
    fi
    done_ok
}
