#!/bin/sh
# Human output lines up in screen columns, not bytes: wide (CJK) and
# accented outlet names and titles keep the next column aligned.
. "$NEWSROOM_TOP/tests/lib.sh"
locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' || skip "no C.UTF-8 locale"
export LC_ALL=C.UTF-8
DB="$T/news.db"
printf -- '---\ntitle: "東京で会談 🇯🇵"\nsource: 東京新聞\ndate: 2025-01-02\n---\nThe talks went on in Tokyo.\n' >"$T/a.md"
printf -- '---\ntitle: Café talks\nsource: Le Monde Diplomatique\ndate: 2025-01-01\n---\nThe talks went on in Paris.\n' >"$T/b.md"
printf -- '---\ntitle: Plain\nsource: AP\ndate: 2025-01-03\n---\nThe talks went on in Rome.\n' >"$T/c.md"
run "$NR" --db "$DB" import "$T/a.md" "$T/b.md" "$T/c.md"
assert_rc 0 "import"
run "$NR" --db "$DB" articles
assert_rc 0 "articles"
python3 - "$T/out" <<'PY' || fail "columns are not aligned"
import sys, unicodedata
def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 4, lines
titles = ["TITLE", "Plain", "東京で会談 🇯🇵", "Café talks"]
starts = [width(l[:l.index(t)]) for l, t in zip(lines, titles)]
assert len(set(starts)) == 1, (starts, lines)
PY
ok
assert_out '東京新聞'
done_ok
