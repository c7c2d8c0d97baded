#!/bin/sh
# A list longer than the browser's window of rows: G shows its true end
# (read backwards from the end of the index) in every sort order, with
# the rows in order and k and g moving back through them; and the list's
# columns — outlet, date in date_format (short form, no year, when the
# pane is narrow), title — measured in display columns.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
N=300
mkdir -p "$T/many"
python3 - "$T/many" "$N" <<'PY'
import datetime, sys
out, n = sys.argv[1], int(sys.argv[2])
outlets = ["Alpha Post", "Beta Daily", "Gamma Wire"]
day0 = datetime.date(2021, 1, 1)
for k in range(1, n + 1):
    d = day0 + datetime.timedelta(days=k)
    # titles sort against the dates: Zeta-nnn is the oldest
    with open(f"{out}/a{k:03d}.md", "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: \"Dispatch {k:03d} {chr(ord('A') + (n - k) % 26)}\"\n"
                f"source: {outlets[k % 3]}\ndate: {d.isoformat()}\n---\n"
                f"Report number {k} from the harbour office.\n")
PY
run "$NR" --db "$DB" import "$T/many"
assert_rc 0 "import of $N articles"

# the list rows on screen, top to bottom, as article numbers
rows() {
    list_pane | sed -n 's/.*Dispatch \([0-9][0-9][0-9]\).*/\1/p' | sed 's/^0*//'
}
BAR=$(printf '\342\224\202')
list_pane() { screen | sed "s/$BAR.*//"; } # left of the first pane border
last_row_has() { list_pane | grep Dispatch | tail -1 | grep -q -- "$1"; }
not_at_end() { ! last_row_has "Dispatch 001"; }
consecutive() { # FIRST STEP: the visible rows run FIRST, FIRST+STEP, ... (FIRST "any": from the top row)
    r=$(rows | tr '\n' ' ')
    python3 - "$1" "$2" $r <<'PY'
import sys
step, got = int(sys.argv[2]), [int(x) for x in sys.argv[3:]]
first = got[0] if got and sys.argv[1] == "any" else int(sys.argv[1])
want = [first + step * i for i in range(len(got))]
sys.exit(0 if len(got) >= 20 and got == want else 1)
PY
}
ui_start 130 40
wait_for "Dispatch $N"
until_ok "newest first at the top" consecutive "$N" -1
keys G
wait_for "Dispatch 001"
until_ok "G shows the oldest article last" last_row_has "Dispatch 001"
until_ok "the rows above the end are in order" consecutive any -1
# up across the edge of the window of rows held
keys PPage PPage PPage PPage PPage PPage PPage PPage
until_ok "PgUp leaves the end" not_at_end
settle
until_ok "PgUp from the end keeps the order" consecutive any -1
keys g
until_ok "g is back at the top" consecutive "$N" -1
# by title (Dispatch 001 .. 300 ascend): G shows 300 last
keys :
keys -l "sort title"
keys Enter
wait_for "sorted by title"
# the cursor stays on the article it was on (300, last by title): g goes up
keys g
until_ok "by title from the top" consecutive 1 1
keys G
until_ok "G by title ends at $N" last_row_has "Dispatch $N"
until_ok "by title, in order at the end" consecutive any 1
# by outlet: the last outlet's oldest article ends the list
keys :
keys -l "sort outlet"
keys Enter
wait_for "sorted by outlet"
keys G
until_ok "G by outlet ends with Gamma Wire's oldest" last_row_has "Gamma Wi.*Dispatch 002"
quit_ui

# columns: outlet, date, title at 130 columns with the default list width,
# the date as date_format gives it (wide characters measured in columns)
cat >"$T/cfg.yaml" <<'YAML'
date_format: "%Y年%m月%d日"
YAML
col_of() { # TEXT: the display column where TEXT starts on its first row
    screen >"$T/screen.txt"
    python3 - "$T/screen.txt" "$1" <<'PY'
import sys, unicodedata
for line in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    k = line.find(sys.argv[2])
    if k >= 0:
        print(sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in line[:k]))
        sys.exit(0)
sys.exit(1)
PY
}
ui_start 130 40 --config "'$T/cfg.yaml'"
wait_for "Dispatch $N"
# article 300 is dated 2021-10-28 (Gamma Wire); 299 is 2021-10-27 (Beta Daily)
wait_for "2021年10月28日"
assert_eq "$(col_of "2021年10月28日")" 2 "date column"
assert_eq "$(col_of "Gamma Wire")" 17 "outlet after the 14-column date"
assert_eq "$(col_of "Beta Daily")" 17 "outlet column aligned"
assert_eq "$(col_of "Dispatch $N")" 28 "title after the outlet (as wide as the widest shown)"
quit_ui
# at 100 columns, reading (the text has focus), the list pane is 30
# wide: the date loses its year, the outlet is cut
cat >"$T/cfg.yaml" <<'YAML'
date_format: "%d %b %Y"
YAML
ui_start 100 40 --config "'$T/cfg.yaml'"
wait_for "Dispatch $N"
keys Tab
wait_for "28 Oct"
no_year() { ! list_pane | grep -q "28 Oct 2021"; }
until_ok "the year is not shown in a 30-column list" no_year
assert_eq "$(col_of "28 Oct")" 2 "short date column"
assert_eq "$(col_of "Gamma W")" 9 "outlet after the short date"
assert_eq "$(col_of "Dispatch 30")" 18 "title after the outlet"
list_pane | grep -q "Dispatch 30…" || fail "a cut title does not end in …"; ok
list_pane | grep -q "Gamma W…" || fail "a cut outlet does not end in …"; ok
quit_ui
# the default format at 130 columns
ui_start 130 40
wait_for "Dispatch $N"
wait_for "2021-10-28"
assert_eq "$(col_of "2021-10-28")" 2 "ISO date column"
assert_eq "$(col_of "Gamma Wire")" 13 "outlet after the ISO date"
assert_eq "$(col_of "Dispatch $N")" 24 "title after the outlet"
quit_ui
done_ok
