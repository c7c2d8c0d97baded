#!/bin/sh
# The status line: the pane or screen with a position in it (2/2 in the
# list, 1/N in an actor's statements, a percentage in the text), and the
# key hints, which survive at 80 columns (the store's counts give way) and
# in their shortest form at 40; the pane with focus has its borders
# highlighted.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
status() { screen | tail -2 | head -1; }
has_status() { status | grep -qF -- "$1"; }
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Articles (2"
    until_ok "the list's position" has_status "Articles 1/2"
    keys j
    until_ok "the position follows the cursor" has_status "Articles 2/2"
    status | grep -q "?:help a:actor /:search F:find B:marks q:quit" || { status; fail "hints cut at ${1}x$2"; }; ok
    if [ "$1" -ge 100 ]; then
        status | grep -q "2 articles ·" || { status; fail "no counts at ${1}x$2"; }; ok
        # focus: the list's border is highlighted, then the side's
        list_b=$(attr_of "│" 2) side_b=$(attr_of "│" 3)
        [ "$list_b" != "$side_b" ] || fail "no border shows the list's focus ($list_b)"; ok
        keys BTab
        until_ok "the side pane has focus" has_status "People/Places/Quotes"
        settle
        [ "$(attr_of "│" 2)" != "$list_b" ] || fail "the list's border stays highlighted with the side focused"; ok
        [ "$(attr_of "│" 3)" = "$list_b" ] || fail "the side's border is not highlighted"; ok
        keys Tab
    fi
    keys Tab
    until_ok "the text's position" has_status "Text 0%"
    keys a
    keys -l "donald trump"
    keys Enter
    wait_for "Statements of Donald Trump"
    until_ok "the actor view's position" has_status "Actor 1/"
    status | grep -q "q:back" || { status; fail "q:back not hinted above the list"; }; ok
    keys j
    until_ok "the position follows the cursor" has_status "Actor 2/"
    keys Q
    wait_for "EXIT=0"
done
# 40 columns: the shortest hints
ui_start 40 12
wait_for "Articles"
until_ok "the shortest hints at 40 columns" has_status "?:help q:quit"
keys Q
wait_for "EXIT=0"
done_ok
