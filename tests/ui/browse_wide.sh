#!/bin/sh
# The browser at 120x40 (three panes): list, text with highlights, People
# tab, actor view, open at the quote, bookmark, help, resize, quit.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
. "$NEWSROOM_TOP/tests/ui/browse.inc"
browse 120 40
done_ok
