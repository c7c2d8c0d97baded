#!/bin/sh
# The article list gives the title the room: at 120 columns (three panes,
# the list focused) and at 80 at least 60 characters of a long title show,
# and a cut title or outlet ends in "…".  An article without outlet or
# date shows blanks there, not "?" or "----------".
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/in"
LONG="Ministers agree on a sweeping overhaul of harbour safety rules after a winter of storms and collisions"
cat >"$T/in/long.md" <<MD
---
title: "$LONG"
source: The Washington Evening Chronicle
date: 2024-03-05
---
The harbour rules change in April.
MD
cat >"$T/in/bare.md" <<'MD'
---
title: "Undated note from nowhere"
---
A note without outlet or date.
MD
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
# the characters of the long title shown on its list row, up to the cut
title_shown() {
    screen | python3 -c '
import sys
want = sys.argv[1]
for line in sys.stdin.read().split("\n"):
    k = line.find(want[:20])
    if k < 0:
        continue
    shown = line[k:]
    n = 0
    while n < len(shown) and n < len(want) and shown[n] == want[n]:
        n += 1
    cut = shown[n:n + 1] == "\u2026"
    print(n, "cut" if cut else "uncut")
    break
' "$LONG"
}
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Ministers agree"
    settle
    got=$(title_shown)
    n=${got% *}
    [ "${n:-0}" -ge 60 ] || { screen; fail "only ${n:-0} characters of the title at ${1}x$2"; }; ok
    [ "${got#* }" = cut ] || { screen; fail "the cut title does not end in … at ${1}x$2 ($got)"; }; ok
    screen | grep "Ministers agree" | grep -q "The Wash[a-zA-Z ]*… " || { screen; fail "the cut outlet does not end in …"; }; ok
    # the bare article's row: no stand-ins for the missing outlet and date
    row=$(screen | grep "Undated note")
    echo "$row" | grep -q -- "----------\|?" && fail "stand-ins on the row of an article without outlet or date: $row"; ok
    keys j
    settle
    screen | grep -q -- "----------" && fail "dashes for a missing date at ${1}x$2"; ok
    # nor in the full-text results
    keys F
    keys -l "nowhere"
    keys Enter
    wait_for "Search: nowhere"
    row=$(screen | grep "article.*Undated note")
    [ -n "$row" ] || { screen; fail "no result row"; }
    echo "$row" | grep -q "?" && fail "a stand-in on the result row: $row"; ok
    keys Q
    wait_for "EXIT=0"
done
done_ok
