#!/bin/sh
# Crash safety: an import killed with SIGKILL at 50 random moments leaves a
# store that passes integrity_check, holds every article it has with all of
# its quotes (never half of one), keeps every bookmark written before, and a
# rerun finishes the job with nothing lost or doubled, and every index
# back.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/data/hard_lib.sh"
need_command import
need_command bookmark add
command -v python3 >/dev/null || skip "needs python3"

KILLS=${HARD_CRASH_KILLS:-50}
PER=30                       # articles per killed import
db=$T/store.db
mkdir -p "$T/arts"
i=0
while [ $i -lt "$KILLS" ]; do
    gen_articles $PER "$T/arts/b$i" $((i * PER))
    i=$((i + 1))
done
total=$((KILLS * PER))

# What each article must hold once stored: its quotes, as extract sees them.
"$NR" extract --json $(find "$T/arts" -name '*.md' | sort) >"$T/expect.jsonl" 2>"$T/err" ||
    fail "extract --json over the generated articles"

# A store with bookmarks written before any kill.
run "$NR" --db "$db" import "$SAMPLES"
assert_rc 0 "importing the sample articles"
run "$NR" --db "$db" quotes --json
assert_rc 0 "quotes --json"
qids=$(python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(open(sys.argv[1]))[:3]))' "$T/out")
[ -n "$qids" ] || skip "no quotes in the sample articles yet (extraction)"
for q in $qids; do
    run "$NR" --db "$db" bookmark add "$q" --note "note for quote $q"
    assert_rc 0 "bookmark add $q"
done

# Checks the store after a kill: sound, every article whole, bookmarks kept.
check_store() { # label
    assert_integrity "$db" "$1"
    run "$NR" --db "$db" articles --json
    assert_rc 0 "articles --json after $1"
    python3 - "$T/expect.jsonl" "$T/out" "$1" <<'PY' || fail "a half-stored article after $3"
import json, os, sys
expect = {}
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    expect[os.path.basename(e["path"])] = len(e.get("quotes", []))
rows = json.load(open(sys.argv[2], encoding="utf-8"))
bad = []
for r in rows:
    base = os.path.basename(r.get("path") or "")
    if base not in expect:
        continue
    got = r.get("n_quotes", r.get("quotes"))
    if isinstance(got, list):
        got = len(got)
    if got != expect[base]:
        bad.append((base, got, expect[base]))
if bad:
    print(f"{len(bad)} articles with missing quotes, e.g. {bad[:3]}", file=sys.stderr)
    sys.exit(1)
PY
    ok
    run "$NR" --db "$db" bookmarks --format json
    assert_rc 0 "bookmarks after $1"
    for q in $qids; do
        grep -q "note for quote $q" "$T/out" || fail "bookmark on quote $q lost after $1"
    done
    ok
}

# How long one import of a batch takes here (sanitizers make it slow).
t0=$(date +%s%N)
"$NR" --db "$T/probe.db" import "$T/arts/b0" >/dev/null 2>&1
t1=$(date +%s%N)
span_ms=$(( (t1 - t0) / 1000000 + 50 ))
rm -f "$T/probe.db"*

i=0
killed=0
while [ $i -lt "$KILLS" ]; do
    delay=$(awk -v s="$i" -v m="$span_ms" 'BEGIN { srand(s * 7919 + 17); printf "%.3f", rand() * m / 1000 }')
    "$NR" --db "$db" import "$T/arts/b$i" >"$T/imp.out" 2>"$T/imp.err" &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null || true
    check_store "kill $i (after ${delay}s)"
    i=$((i + 1))
done
echo "$killed of $KILLS imports killed in flight (each up to ${span_ms} ms)"

# A rerun finishes the job: every article once.
run "$NR" --db "$db" import "$T/arts"
assert_rc 0 "the import rerun"
assert_sane "rerun"
check_store "the rerun"
assert_indexes "$db" "after the rerun"
run "$NR" --db "$db" articles --json
n=$(json_count)
assert_eq "$n" "$((total + 2))" "every generated article and the two samples, once each"
run "$NR" --db "$db" import "$T/arts"
assert_rc 0 "a second rerun"
run "$NR" --db "$db" articles --json
assert_eq "$(json_count)" "$((total + 2))" "nothing doubled by a second rerun"
done_ok
