#!/bin/sh
# A full-text search that runs long (150 prefix terms, each matching
# thousands of words) stops on Esc with a message; the browser answers keys
# again at once.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
# a long full-text search: Esc stops it
babble_articles "$T/in"
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
ui_start 200 30
wait_for "Title"
keys F
wait_for "Find in store"
keys -l "$(python3 -c 'print(" ".join(["a*"] * 150))')"
keys Enter
wait_for "Esc stops it" 20
sleep 0.5
keys Escape
wait_for "search cancelled" 5
keys '?'
wait_for "Keys" 5
keys q
quit_ui

done_ok
