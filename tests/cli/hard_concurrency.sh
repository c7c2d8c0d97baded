#!/bin/sh
# Concurrency: while an import writes, command-line readers of the same
# store never fail and never see half an article; two imports at once both
# finish, with nothing lost and nothing doubled.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/data/hard_lib.sh"
need_command import
command -v python3 >/dev/null || skip "needs python3"

db=$T/store.db
gen_articles 400 "$T/big" 0
gen_articles 120 "$T/a" 1000
gen_articles 120 "$T/b" 2000
gen_articles 80 "$T/c" 3000
"$NR" extract --json $(find "$T/big" "$T/a" "$T/b" "$T/c" -name '*.md' | sort) >"$T/expect.jsonl" 2>/dev/null ||
    fail "extract --json over the generated articles"

run "$NR" --db "$db" import "$SAMPLES"
assert_rc 0 "importing the sample articles"

# Each snapshot a reader sees: every listed article whole.
check_whole() { # label
    python3 - "$T/expect.jsonl" "$T/out" <<'PY' || fail "half an article seen by a reader: $1"
import json, os, sys
expect = {os.path.basename(e["path"]): len(e.get("quotes", []))
          for e in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
for r in json.load(open(sys.argv[2], encoding="utf-8")):
    base = os.path.basename(r.get("path") or "")
    got = r.get("n_quotes", r.get("quotes"))
    if base in expect and got != expect[base]:
        print(base, got, expect[base], file=sys.stderr)
        sys.exit(1)
PY
    ok
}

# ---- the browser open during an import --------------------------------------
browser=0
if command -v tmux >/dev/null 2>&1; then
    sock="nrconc$$"
    tm() { tmux -L "$sock" -f /dev/null "$@"; }
    trap 'tm kill-server 2>/dev/null; rm -rf "$T"' EXIT
    lsan="LSAN_OPTIONS=suppressions=$NEWSROOM_TOP/tests/data/lsan.supp"
    tm new-session -d -s b -x 120 -y 40 \
        "$lsan '$NR' --db '$db' 2>'$T/browser.err'; echo \$? >'$T/browser.rc'; sleep 60"
    sleep 2
    browser=1
fi

# ---- readers during an import ---------------------------------------------
"$NR" --db "$db" import "$T/big" >"$T/imp.out" 2>"$T/imp.err" &
pid=$!
reads=0
last=0
speaker=Gomez
while kill -0 "$pid" 2>/dev/null || [ $reads -lt 3 ]; do
    run "$NR" --db "$db" articles --json
    assert_rc 0 "articles --json during an import (read $reads): $(cat "$T/err")"
    assert_sane "articles during an import"
    [ ! -s "$T/err" ] || fail "a reader got a message during an import: $(cat "$T/err")"
    n=$(json_count)
    [ "$n" -ge "$last" ] || fail "a reader saw $n articles after $last"
    last=$n
    check_whole "read $reads"
    run "$NR" --db "$db" quotes --speaker "$speaker" --json
    assert_rc 0 "quotes --speaker during an import"
    [ ! -s "$T/err" ] || fail "quotes reader got a message during an import: $(cat "$T/err")"
    run "$NR" --db "$db" search "ceasefire" --json
    assert_rc 0 "search during an import"
    [ ! -s "$T/err" ] || fail "search reader got a message during an import: $(cat "$T/err")"
    run "$NR" --db "$db" actors --json
    assert_rc 0 "actors during an import"
    reads=$((reads + 1))
done
wait "$pid"; irc=$?
[ "$irc" -eq 0 ] || { cat "$T/imp.err"; fail "the import beside readers ended with status $irc"; }
echo "$reads rounds of reads during the import; they saw up to $last articles"
run "$NR" --db "$db" articles --json
assert_eq "$(json_count)" 402 "the import beside readers stored everything"


# ---- two imports at once -------------------------------------------------
# a+c and b+c: c is imported by both; each article must end up there once.
mkdir -p "$T/ac" "$T/bc"
cp "$T/a"/*.md "$T/c"/*.md "$T/ac/"
cp "$T/b"/*.md "$T/c"/*.md "$T/bc/"
"$NR" --db "$db" import "$T/ac" >"$T/i1.out" 2>"$T/i1.err" &
p1=$!
"$NR" --db "$db" import "$T/bc" >"$T/i2.out" 2>"$T/i2.err" &
p2=$!
wait "$p1"; r1=$?
wait "$p2"; r2=$?
[ "$r1" -eq 0 ] || { cat "$T/i1.err"; fail "first of two imports at once: status $r1"; }
[ "$r2" -eq 0 ] || { cat "$T/i2.err"; fail "second of two imports at once: status $r2"; }
ok
for f in "$T/i1.err" "$T/i2.err"; do
    if grep -qiE 'locked|busy|sanitizer|runtime error' "$f"; then cat "$f"; fail "an import at once: $(head -n 1 "$f")"; fi
done
ok
assert_integrity "$db" "after two imports at once"
run "$NR" --db "$db" articles --json
assert_eq "$(json_count)" $((402 + 120 + 120 + 80)) "two imports at once: nothing lost, nothing doubled"
check_whole "after two imports at once"
python3 - "$T/out" <<'PY' || fail "an article stored twice"
import json, os, sys
seen = [os.path.basename(r.get("path") or "") for r in json.load(open(sys.argv[1]))]
dups = {p for p in seen if p and seen.count(p) > 1}
if dups:
    print(sorted(dups)[:5], file=sys.stderr)
    sys.exit(1)
PY
ok
# ---- the browser, after the import: shows the new articles when refreshed ----
reload_missing=0
if [ $browser = 1 ]; then
    [ ! -s "$T/browser.rc" ] || { cat "$T/browser.err"; fail "the browser ended during an import"; }
    tm capture-pane -p -t b >"$T/screen"
    ! grep -qiE 'locked|busy|error' "$T/screen" || { cat "$T/screen"; fail "the browser shows an error during an import"; }
    ok
    # C-l (redraw) or R (reload, as in tig) brings the new articles in.
    for key in C-l R; do
        tm send-keys -t b "$key"
        sleep 1.5
        tm capture-pane -p -t b >"$T/screen"
        if grep -qE '(^|[^0-9,])(402|722)([^0-9]|$)' "$T/screen"; then break; fi
    done
    grep -qE '(^|[^0-9,])(402|722)([^0-9]|$)' "$T/screen" || reload_missing=1
    tm send-keys -t b Escape q
    i=0; while [ ! -s "$T/browser.rc" ] && [ $i -lt 20 ]; do sleep 0.5; i=$((i + 1)); done
    assert_eq "$(cat "$T/browser.rc" 2>/dev/null)" 0 "the browser quits cleanly after the imports"
    cp "$T/browser.err" "$T/err"; rc=0
    assert_sane "the browser beside the imports"
    tm kill-server 2>/dev/null
fi
[ $reload_missing = 0 ] || { tail -n 3 "$T/screen"; skip "the browser does not re-read the store on C-l or R (needs a reload key in the browser)"; }
done_ok
