#!/bin/sh
# CJK, emoji, accents and curly quotes take their display width (wcwidth):
# pane borders stay in one column on every row, at three panes and at one,
# and no character is cut in half.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/wide"
cat >"$T/wide/tokyo.md" <<'MD'
---
title: "東京で首脳会談 🎉 Café talks in Zürich — “a wide title that goes on”"
source: Ōsaka Shimbun 新聞
date: 2025-08-10
---
会談は東京で行われた。首相は「平和が必要だ」と述べた。🎉🎉🎉 The mayor of Zürich, Corinna Mauch, said: "We welcome the talks in 東京 and hope for 平和 🕊️ soon." Ça va très bien, naïve façade, «quotes» and “curly” ones.
漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字
MD
run "$NR" --db "$DB" import "$T/wide"
assert_rc 0 "import of the wide-character article"

# display columns of each border character on each body row
check_columns() { # WIDTH PANES
    screen >"$T/screen.txt"
    python3 - "$T/screen.txt" "$1" "$2" <<'PY' || fail "misaligned at $1 columns"
import sys, unicodedata
rows = open(sys.argv[1], encoding='utf-8').read().split('\n')
width, panes = int(sys.argv[2]), int(sys.argv[3])
def w(c):
    if unicodedata.combining(c) or c == '\ufe0f': return 0
    return 2 if unicodedata.east_asian_width(c) in 'WF' else 1
cols = None
body = rows[1:-3]
for r in body:
    x, seen = 0, []
    for c in r:
        if c == '\u2502': seen.append(x)
        x += w(c)
    if x > width:
        print('row wider than the screen:', x, r); sys.exit(1)
    if panes > 1:
        if cols is None: cols = seen
        if seen[:2] != cols[:2] or len(seen) < panes - 1:
            print('borders at', seen, 'expected', cols, 'in row:', r); sys.exit(1)
if '\ufffd' in ''.join(rows):
    print('a character was cut'); sys.exit(1)
PY
    ok
}

ui_start 120 30
wait_for "Shimbun"
keys Enter
wait_for "Zürich"
check_columns 120 3
screen | grep -q "東京" || fail "CJK not shown"; ok
tm resize-window -t nr -x 101 -y 30
settle
wait_for "Zürich"
check_columns 101 3
tm resize-window -t nr -x 41 -y 14
settle
wait_for "東京"
check_columns 41 1
quit_ui
done_ok
