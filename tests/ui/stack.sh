#!/bin/sh
# Screens stack: a second actor view opens over the first, an article
# opened from it over that, and q goes back through each in turn (the
# first actor view still on the statement it showed) to the list.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Articles (2"
    keys a
    keys -l "karoline leavitt"
    keys Enter
    wait_for "Statements of Karoline Leavitt"
    keys :
    keys -l "actor trump"
    keys Enter
    wait_for "Statements of Donald Trump"
    # an article from the second view, then back through both views
    keys Enter
    wait_gone "Statements of Donald Trump"
    wait_for "quote"
    keys q
    wait_for "Statements of Donald Trump"
    keys q
    wait_for "Statements of Karoline Leavitt"
    keys q
    wait_for "Articles (2"
    screen | grep -q "Statements of" && fail "an actor view is left on the list (${1}x$2)"; ok
    keys q
    wait_for "EXIT=0"
done
done_ok
