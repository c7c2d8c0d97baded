#!/bin/sh
# Read state in the article list: unread counts in the header, n and p
# move to the next and previous unread article, r toggles one, H shows
# only the unread ones, M marks the list read after asking.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/in"
for k in 1 2 3 4 5 6; do
    cat >"$T/in/a$k.md" <<MD
---
title: "Harbour note number $k"
source: Port Gazette
date: 2024-0$k-01
---
The harbour note $k.
MD
done
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
row_attr() { attr_of "Harbour note number $1"; }
for size in "120 40" "80 24"; do
    set -- $size
    rm -f "$DB"*
    run "$NR" --db "$DB" import "$T/in"
    ui_start "$1" "$2"
    wait_for "Articles (6, 6 unread"
    sel=$(row_attr 6)
    # r marks the selected article (6) read; 5 and 4 too (j r)
    keys r
    wait_for "6, 5 unread"
    keys j r j r
    wait_for "6, 3 unread"
    # g, then n: the next unread below is 3 (6, 5, 4 read)
    keys g n
    until_ok "n goes to the first unread below" attr_is "Harbour note number 3" "$sel"
    keys n
    until_ok "n again: note 2" attr_is "Harbour note number 2" "$sel"
    keys p
    until_ok "p: back to note 3" attr_is "Harbour note number 3" "$sel"
    keys p
    wait_for "no unread article above"
    # H: the unread ones only, then all again
    keys H
    wait_for "Articles (3, 3 unread"
    wait_for "filter: unread"
    screen | grep -q "Harbour note number 6" && fail "a read article is shown with H"; ok
    keys H
    wait_for "Articles (6, 3 unread"
    # M asks, then marks every article read
    keys M
    wait_for "Mark 6 articles read? (y/n)"
    keys -l y
    keys Enter
    wait_for "3 articles marked read"
    wait_for "Articles (6, 0 unread"
    keys Q
    wait_for "EXIT=0"
done
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 6 and all(a["read"] for a in d)' "the store has them read"
done_ok
