#!/bin/sh
# Back keys: Esc, Backspace, h and Left each go back one screen (from an
# article to the actor view it was opened from, then to the list) and
# never leave the browser from the list; q goes back and quits at the
# top; Q quits at once from deep in the stack.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
actor_then_article() {
    keys a
    keys -l "karoline leavitt"
    keys Enter
    wait_for "Statements of Karoline Leavitt"
    keys g Enter
    wait_for "tentatively set"
    wait_gone "Statements of Karoline Leavitt"
}
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Articles (2"
    for back in Escape BSpace h Left; do
        actor_then_article
        keys "$back"
        wait_for "Statements of Karoline Leavitt"
        keys "$back"
        wait_for "Articles (2"
        wait_gone "Statements of"
        # at the list the same key stays in the browser
        keys "$back"
        settle
        screen | grep -q "EXIT=" && fail "$back left the browser (${1}x$2)"; ok
        wait_for "Articles (2"
    done
    # q: back, then quit
    actor_then_article
    keys q
    wait_for "Statements of Karoline Leavitt"
    keys q
    wait_for "Articles (2"
    screen | grep -q "EXIT=" && fail "q left the browser from a screen above the list"; ok
    # Q: out at once
    actor_then_article
    keys Q
    wait_for "EXIT=0"
done
done_ok
