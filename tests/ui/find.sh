#!/bin/sh
# '/' in an article's text: a match counter (1/N), n and N step through
# the matches and say when they wrap, every match is highlighted and the
# current one differs from the others.  An article opened from F results
# shows the searched word the same way, with n working there.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
msg() { screen | tail -1; }
msg_has() { msg | grep -qE -- "$1"; }
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Articles (2"
    keys Enter # the text of the first article (NBC)
    wait_for "Envoy Witkoff"
    keys /
    keys -l "putin"
    keys Enter
    until_ok "a counter for the first match" msg_has "^/putin 1/[0-9]+"
    total=$(msg | sed -n 's|^/putin 1/\([0-9]*\).*|\1|p')
    [ "$total" -ge 3 ] || fail "only $total matches of putin"; ok
    keys n
    until_ok "n: the second match" msg_has "^/putin 2/$total"
    # the current match and the others: both highlighted, differently
    plain=$(attr_of "Envoy") || fail "no plain text"
    m1=$(attr_of "Putin" 1) m2=$(attr_of "Putin" 2) m3=$(attr_of "Putin" 3)
    [ "$m1" != "$plain" ] && [ "$m2" != "$plain" ] || fail "a match is not highlighted ($m1 / $m2 / $plain)"; ok
    [ "$m1" != "$m2" ] || [ "$m2" != "$m3" ] || fail "the current match looks like the others ($m1 $m2 $m3)"; ok
    keys N N
    until_ok "N before the first wraps to the last" msg_has "^/putin $total/$total \(search hit TOP, continuing at BOTTOM\)"
    keys n
    until_ok "n after the last wraps to the first" msg_has "^/putin 1/$total \(search hit BOTTOM, continuing at TOP\)"
    # F: the article opened from the results, the word found in it
    keys F
    keys -l "ceasefire"
    keys Enter
    wait_for "Search: ceasefire"
    keys g Enter
    until_ok "the searched word's counter in the opened article" msg_has "^/ceasefire 1/[0-9]+"
    cur=$(attr_of "ceasefire") || fail "ceasefire not shown"
    [ "$cur" != "$plain" ] || fail "ceasefire not highlighted"; ok
    n=$(msg | sed -n 's|^/ceasefire 1/\([0-9]*\).*|\1|p')
    if [ "$n" -gt 1 ]; then
        keys n
        until_ok "n in the opened article" msg_has "^/ceasefire 2/$n"
    fi
    keys Q
    wait_for "EXIT=0"
done
done_ok
