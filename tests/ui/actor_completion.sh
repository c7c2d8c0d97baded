#!/bin/sh
# The actor prompt (a) completes each actor once, with its kind and how
# often it is mentioned beside the name; Tab inserts the name alone.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
ui_start 120 30
wait_for "NBC News"
keys a
wait_for "Actor"
keys -l "tru"
wait_for "Donald Trump  person · 26 mentions"
n=$(screen | grep -c "Donald Trump .*mention")
[ "$n" -eq 1 ] || { screen; fail "Donald Trump listed $n times"; }
ok
keys -l "mp"
keys Tab
settle
screen | tail -n 1 | grep -q "Donald Trump *$" || { screen; fail "Tab inserts the name alone"; }
ok
keys Enter
wait_for "Statements of Donald Trump"
quit_ui
done_ok
