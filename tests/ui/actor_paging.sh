#!/bin/sh
# The actor view and the full-text results read a page at a time: one
# speaker quoted in more articles than a page holds opens on the newest,
# says more are below, and moving down reads on until the oldest statement
# is shown; a search matching every article reads on to its last hit.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
. "$NEWSROOM_TOP/tests/ui/harbour.inc"
N=450
harbour_articles "$T/many" "$N"
run "$NR" --db "$DB" import "$T/many"
assert_rc 0 "import of $N articles"
run "$NR" --db "$DB" quotes --speaker solberg --json
assert_json "len(d) == $N" "every statement is stored with its speaker"

ui_start 120 30
wait_for "Harbour bulletin $N"
keys a
keys -l "Solberg"
keys Enter
wait_for "Statements of Ingrid Solberg"
wait_for "number $N is final"
wait_for "statements"
screen | grep -q "Ingrid Solberg: 200+ statements" || { screen; fail "the first page is announced as partial"; }
ok
# G walks to the end of what is loaded; each step near the end reads a page
i=0
while ! screen | grep -q "number 001 is final"; do
    i=$((i + 1))
    [ $i -le 30 ] || { screen; fail "the oldest statement never came"; }
    keys G
    sleep 0.2
done
ok
screen | grep -q "more below" && fail "the end still says more below"; ok
keys g
wait_for "number $N is final"
keys q
# full text: every article and every quote match "bulletin"/"tide"
keys F
keys -l "tide table"
keys Enter
wait_for "Search: tide table"
screen | grep -q "100+ matches" || { screen; fail "the first page of hits is announced as partial"; }
ok
i=0
while screen | grep -q "more below" || [ $i -eq 0 ]; do
    i=$((i + 1))
    [ $i -le 40 ] || { screen; fail "the hits never ended"; }
    keys G
    sleep 0.2
done
ok
run "$NR" --db "$DB" search --json "tide table"
assert_json "len(d) == 2 * $N" "every article and every quote is a hit"
quit_ui
done_ok
