#!/bin/sh
# Starting again restores the reader's place: the article under the
# cursor, how far its text was scrolled, the pane with focus and the
# list's sort (kept per store in $XDG_STATE_HOME/newsroom/browser).
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/in"
python3 - "$T/in" <<'PY'
import sys
for k in range(1, 31):
    with open(f"{sys.argv[1]}/a{k:02d}.md", "w") as f:
        f.write(f"---\ntitle: \"Long report {k:02d}\"\nsource: Port Gazette\ndate: 2024-01-{k:02d}\n---\n")
        for n in range(1, 81):
            f.write(f"Paragraph {n:02d} of report {k:02d}.\n\n")
PY
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
UI_STATE=$T/state
for size in "120 40" "80 24"; do
    set -- $size
    rm -rf "$T/state"
    ui_start "$1" "$2"
    wait_for "Long report 30"
    keys j j j j j   # report 25
    keys s           # by outlet: one outlet, the cursor stays
    wait_for "sorted by outlet"
    keys Tab
    wait_for "Paragraph 01 of report 25"
    keys PPage
    for _ in 1 2 3; do keys NPage; done
    settle
    top=$(screen | grep -o "Paragraph [0-9]* of report 25" | head -1)
    [ -n "$top" ] && [ "$top" != "Paragraph 01 of report 25" ] || fail "the text did not scroll"; ok
    keys Q
    wait_for "EXIT=0"
    [ -s "$T/state/newsroom/browser" ] || fail "no state written"; ok
    # again: sorted by outlet, on report 25, the text where it was
    ui_start "$1" "$2"
    wait_for "by outlet"
    wait_for "$top"
    screen | grep -q "Paragraph 01 of report 25" && fail "the text starts at the top again"; ok
    screen | tail -2 | head -1 | grep -q " Text " || fail "the text pane lost the focus"; ok
    keys Q
    wait_for "EXIT=0"
done
done_ok
