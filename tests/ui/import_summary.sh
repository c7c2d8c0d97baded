#!/bin/sh
# `newsroom PATH...` imports, then opens the browser: the import's summary is
# on the browser's first screen (printed before it, it would be hidden by the
# browser's screen until quitting), and is printed again after it closes.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/in"
cp "$SAMPLES"/* "$T/in/"
printf '\000\001binary' >"$T/in/junk.txt"
for size in "80 24" "120 40"; do
    rm -f "$DB" "$DB-wal" "$DB-shm"
    # shellcheck disable=SC2086
    ui_start $size "'$T/in'"
    wait_for "imported 2, already present 0, refused 1"
    screen | tail -n 1 | grep -qF "imported 2, already present 0, refused 1" \
        || { screen; fail "the summary is not on the message line at $size"; }
    screen | tail -n 1 | grep -qF ":messages" || fail "the message line does not point to :messages at $size"
    ok
    keys : m e s s a g e s Enter
    wait_for "junk.txt"
    screen | grep "junk.txt" | grep -q "binary" || { screen; fail "the refused file's cause is not in :messages"; }
    ok
    keys q
    wait_for "Articles"
    keys q
    # the exit status, not the command line's "EXIT=$?": the browser has
    # ended (a refused file makes it 1)
    wait_for "EXIT=1"
    screen | grep -qF "imported 2, already present 0, refused 1" || fail "the summary is gone after quitting"
    ok
done
# a second run finds them present; the browser says so
ui_start 100 30 "'$T/in'"
wait_for "imported 0, already present 2, refused 1"
keys q
wait_for "EXIT=1"
done_ok
