#!/bin/sh
# The terminal is left clean on Ctrl-C; NO_COLOR turns highlights into
# attributes; a non-UTF-8 locale gets ASCII instead of curly quotes and
# box lines; a tiny terminal gets a notice instead of a broken layout.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples

# Ctrl-C: the shell comes back, status 130, the browser's screen is gone
ui_start 100 30
wait_for "NBC News"
keys C-c
wait_for "EXIT=130"
screen | grep -q "articles ·" && fail "the browser's screen was left behind after Ctrl-C"; ok

# NO_COLOR: no colour at all, people in bold, the selection reversed
UI_ENV="NO_COLOR=1"
ui_start 120 40
wait_for "NBC News"
screen_e | grep -qE $'\033\\[[0-9;]*(3[0-7]|38;5)' && { screen_e | head -5 | cat -v; fail "colour despite NO_COLOR"; }; ok
person=$(attr_of "Karoline Leavitt") || fail "no person in the People tab"
[ "$(echo "$person" | cut -d' ' -f3)" = 1 ] || fail "person not bold under NO_COLOR: $person"; ok
sel=$(attr_of "NBC News")
[ "$(echo "$sel" | cut -d' ' -f5)" = 1 ] || fail "selection not reversed under NO_COLOR: $sel"; ok
quit_ui

# a C locale: ASCII only, straight quotes for curly ones
UI_ENV="LC_ALL=C LANG=C"
ui_start 120 40
wait_for "NBC News"
keys Tab # the text pane takes its reading width
wait_for '"President Trump has been clear'
screen | LC_ALL=C grep -q "$(printf '[\200-\377]')" && { screen; fail "non-ASCII output in a C locale"; }; ok
quit_ui

# 40x12 works; smaller says so instead of drawing over itself
UI_ENV=""
ui_start 40 12
wait_for "NBC News"
tm resize-window -t nr -x 30 -y 8
wait_for "too small"
tm resize-window -t nr -x 40 -y 12
wait_for "NBC News"
quit_ui
done_ok
