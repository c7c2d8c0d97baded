#!/bin/sh
# The cursor stays on what the reader was looking at: s re-sorts the list
# with the same article selected; Enter on a quote opens its speaker's
# statements at that statement, even when it lies pages down; G in the
# actor view goes to the true end at once.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
. "$NEWSROOM_TOP/tests/ui/harbour.inc"
N=450
harbour_articles "$T/many" "$N"
run "$NR" --db "$DB" import "$T/many"
assert_rc 0 "import of $N articles"

for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Harbour bulletin $N"
    # ten rows down: bulletin 440; by outlet (one outlet) and by title it stays selected
    keys j j j j j j j j j j
    settle
    sel=$(attr_of "Harbour bulletin 440") || fail "bulletin 440 not on screen"
    other=$(attr_of "Harbour bulletin 441") || fail "bulletin 441 not on screen"
    [ "$sel" != "$other" ] || fail "the selected row is not highlighted"; ok
    keys s
    wait_for "sorted by outlet"
    [ "$(attr_of "Harbour bulletin 440")" = "$sel" ] || fail "s by outlet moved the cursor (${1}x$2)"; ok
    keys s
    wait_for "sorted by title"
    wait_for "Harbour bulletin 440"
    [ "$(attr_of "Harbour bulletin 440")" = "$sel" ] || fail "s by title moved the cursor (${1}x$2)"; ok
    keys s
    wait_for "sorted by date"
    # the oldest article, its quote, Enter: the actor view at statement 001
    keys G Enter
    wait_for "Tide table number 001"
    keys ']'
    settle
    keys Enter
    wait_for "Statements of Ingrid Solberg"
    wait_for "number 001 is final"
    a1=$(attr_of "number 001 is final") || fail "statement 001 not shown"
    a2=$(attr_of "number 002 is final") || fail "statement 002 not shown"
    [ "$a1" != "$a2" ] || fail "statement 001 is not the one selected (${1}x$2)"; ok
    keys q
    wait_for "Tide table number 001"
    keys Left # the text pane back to the list
    # G in a fresh actor view: the oldest statement in one key press
    keys a
    keys -l "Solberg"
    keys Enter
    wait_for "number $N is final"
    keys G
    wait_for "number 001 is final"
    screen | grep -q "more below" && fail "G stopped before the end (${1}x$2)"; ok
    keys Q
    wait_for "EXIT=0"
done
done_ok
