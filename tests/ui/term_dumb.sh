#!/bin/sh
# TERM=dumb (no cursor addressing): the browser says the terminal cannot be
# used and exits 1, instead of drawing one header line.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
# TERM=dumb: said, not one line of header
ui_shell 100 20
tm send-keys -t nr -l "env TERM=dumb $NR --db '$DB' 2>&1; echo EXIT=\$?"
tm send-keys -t nr Enter
wait_for "cannot move the cursor"
wait_for "EXIT=1"
done_ok
