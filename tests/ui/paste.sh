#!/bin/sh
# A 100 KB paste into a prompt is taken at once (no redraw, completion or
# live search per character) and capped with a message; the browser
# answers keys right after.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
ui_start 200 30
wait_for "NBC News"
# a 100 KB paste into the command prompt: taken at once, capped, said
python3 -c 'print("a" * 102400, end="")' >"$T/paste"
tm load-buffer "$T/paste"
keys :
wait_for ":"
start=$(date +%s)
tm paste-buffer -t nr
wait_for "the line is full" 20
took=$(( $(date +%s) - start ))
[ "$took" -le 15 ] || fail "a 100 KB paste took $took s"
keys Escape
keys '?'
wait_for "Keys" 5
keys q
quit_ui

done_ok
