#!/bin/sh
# Ctrl-Z, a resize while stopped, then fg: the browser redraws at the new
# size at once (no key needed), in each direction.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
# the header ends with the store's path, against the right edge
header_width() { screen | head -1 | python3 -c 'import sys; print(len(sys.stdin.read().rstrip("\n")))'; }
for from_to in "120 40 80 24" "80 24 120 40"; do
    set -- $from_to
    ui_start "$1" "$2"
    wait_for "Articles (2"
    keys C-z
    wait_for "$PROMPT"
    tm resize-window -t nr -x "$3" -y "$4"
    sleep 0.3
    tm send-keys -t nr -l "fg"
    keys Enter
    wait_for "Articles (2"
    settle
    # the header spans the new width, the tab bar shows below 100
    got=$(header_width)
    [ "$got" -ge $(($3 - 2)) ] && [ "$got" -le "$3" ] || { screen; fail "not redrawn at ${3}x$4 after fg (header $got wide)"; }; ok
    if [ "$3" -lt 100 ]; then
        wait_for "Articles │ Text"
    else
        screen | grep -q "Articles │ Text" && fail "the narrow tab bar is left at ${3}x$4"; ok
    fi
    screen | tail -1 | grep -q "$PROMPT" && fail "the shell prompt is left on screen"; ok
    # (the shell printed EXIT= at the stop: the browser's end shows as the prompt)
    keys Q
    wait_gone "Articles (2"
    wait_for "$PROMPT"
done
done_ok
