#!/bin/sh
# / searches the current view incrementally (n/N repeat), F searches the
# whole store and lists the hits, : runs commands with completion and
# history (:sort, :actor, :import), Esc cancels a prompt.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
ui_start 120 30
wait_for "store is empty"
# :import with Tab completion of the command
keys :
keys -l "imp"
keys Tab
keys -l "$SAMPLES"
keys Enter
wait_for "imported 2"
wait_for "FOX News"
# / in the list moves to the match as it is typed
nbc=$(attr_of "NBC News")
keys /
keys -l "fox"
until_ok "/fox selects the FOX row as it is typed" attr_is "FOX News" "$nbc"
keys Enter
keys n
settle
[ "$(attr_of "FOX News")" = "$nbc" ] || fail "n left the only match"; ok
# a pattern that matches nothing says so while it is typed
keys /
keys -l "zzqx"
wait_for "not found: zzqx"
keys Escape
# Esc cancels a search and restores the cursor
keys g /
keys -l "fox"
until_ok "/fox selects the FOX row" attr_is "FOX News" "$nbc"
keys Escape
until_ok "Esc restores the cursor" attr_is "NBC News" "$nbc"
# :sort title puts FOX's title ("Trump could...") before NBC's ("Trump-Putin...")
keys :
keys -l "sort title"
keys Enter
wait_for "sorted by title"
first=$(screen | grep -n "FOX News" | head -1 | cut -d: -f1)
second=$(screen | grep -n "NBC News" | head -1 | cut -d: -f1)
[ "$first" -lt "$second" ] || fail "sort by title did not reorder"; ok
# F: full-text search over the store
keys F
wait_for "Find in store:"
keys -l "ceasefire"
keys Enter
wait_for "Search: ceasefire"
wait_for "FOX News"
wait_for "NBC News"
# quote hits show who said the words
wait_for "Volodymyr Zelenskyy: "
wait_for "Donald Trump: "
keys Enter
wait_for "quote"
keys q q
# :actor with history: Up brings back the last command
keys :
keys -l "actor rubio"
keys Enter
wait_for "Statements of Marco Rubio"
keys q
keys :
keys Up
wait_for ":actor rubio"
keys Escape
# spelling variants and accents find the actor (the lexicon's alias keys)
keys :
keys -l "actor Zelénskiy"
keys Enter
wait_for "Statements of Volodymyr Zelenskyy"
keys q
quit_ui
done_ok
