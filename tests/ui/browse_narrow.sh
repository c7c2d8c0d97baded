#!/bin/sh
# The browser at 60x20 (one pane at a time, tab bar): the same walk as at
# 120x40.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
. "$NEWSROOM_TOP/tests/ui/browse.inc"
browse 60 20
done_ok
