#!/bin/sh
# Hostile input, made here (nothing big is kept in the tree): invalid and
# overlong UTF-8, NUL bytes, a single 8 MiB line, 100,000 quote marks,
# unbalanced and deeply nested quotes, right-to-left text, combining marks
# and zero-width joiners, enormous names, YAML alias bombs in front matter,
# config and alias file, and hostile search and speaker strings.  Each is
# refused with one clear line or handled, in bounded time and memory.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/data/hard_lib.sh"
need_command import
command -v python3 >/dev/null || skip "needs python3"

in=$T/in
mkdir -p "$in"
python3 - "$in" <<'PY'
import os, sys
d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
said = ' said the minister. '
w("invalid-utf8.txt", b"Bad bytes \xff\xfe\xc3\x28 here\n\n" + b"\"Caf\xe9 \x80\x81\xfe,\" said Anna Keller.\n" * 50)
w("overlong.txt", b"Overlong slash\n\n\"\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf and surrogate \xed\xa0\x80\xed\xbf\xbf,\" said Tom Baker.\n" * 50)
w("nul.txt", b"Title\n\nText with\x00NUL bytes\x00 inside.\n")
w("bigline.txt", ("Word " * (8 * 1024 * 1024 // 5 - 400)).encode())          # just under 8 MiB, one line
w("toolarge.txt", b"x" * (8 * 1024 * 1024 + 1))
w("quotes100k.txt", "Many marks\n\n" + '"' * 100000 + "\n" + "\u201c" * 50000 + "\n")
w("quotes-pairs.txt", "Pairs\n\n" + ('"a," said Anna Keller. ' * 20000) + "\n")
w("nested.txt", "Nested\n\nHe said, " + "\"a 'b \u201cc \u2018d " * 5000 + "\n")
w("unbalanced.txt", "Unbalanced\n\n" + "\u201cOpen but never closed, said Tom Baker. " * 2000 + "\"\n" + "\u201d closed first \u201c\n" * 500)
w("rtl.txt", "\u05d7\u05d3\u05e9\u05d5\u05ea\n\n\u202eRLO override\u202c and \u200fmarks\u200e. "
  "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631: \u00ab\u0646\u062d\u0646 \u0645\u0633\u062a\u0639\u062f\u0648\u0646\u00bb. "
  "\u05d0\u05de\u05e8 \u05d4\u05e9\u05e8: \"\u05d6\u05d4 \u05d8\u05d5\u05d1\".\n" * 200)
w("combining.txt", "Combining\n\n" + "Ze\u0301" + "\u0301" * 5000 + "lensky said \"e" + "\u0308\u0323" * 3000 + "\".\n"
  + "\U0001F469\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466 " * 2000 + "\nVla\u200ddimir Pu\u200btin said \"zero\u200cwidth\".\n")
w("enormous-name.txt", "Enormous\n\nPresident " + " ".join(f"Aa{i}bb" for i in range(100000)) + " said \"yes\".\n"
  + "Mr " + "Q" * 200000 + " said \"no\".\n")
w("caps.txt", "Caps\n\n" + ("ABC DEF GHI: \"ok\" " * 20000) + "\n")
w("crlf-mix.txt", "Mixed\r\n\r\n\"One,\" said Tom Baker.\r\r\n\r\"Two,\" he added.\n\r")
bomb = "---\ntitle: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
prev = "a"
for i, n in enumerate("bcdefghijklmnop"):
    bomb += f"{n}: &{n} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    prev = n
tags_bomb = bomb.replace("title: bomb\n", "title: bomb\n") + f"tags: *{prev}\nsource: *{prev}\n---\nBody of the bomb.\n"
w("bomb.md", tags_bomb)
w("deep.md", "---\ntitle: deep\ntags: " + "[" * 20000 + "]" * 20000 + "\n---\nBody.\n")
w("deepmap.md", "---\ntitle: deep\nx: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n---\nBody.\n")
w("manykeys.md", "---\n" + "".join(f"k{i}: v\n" for i in range(100000)) + "title: many\n---\nBody.\n")
cfg = bomb.replace("---\ntitle: bomb\n", "") + f"keys: *{prev}\ncolors: *{prev}\ndate_format: *{prev}\n"
open(os.path.join(d, "..", "bomb-config.yaml"), "w").write(cfg)
alias = bomb.replace("---\ntitle: bomb\n", "") + f"Anna Keller: *{prev}\nTom Baker: *{prev}\n"
open(os.path.join(d, "..", "bomb-aliases.yaml"), "w").write(alias)
PY

tm=/usr/bin/time
[ -x $tm ] || tm=
maxkb=1500000     # sanitizers' shadow memory included
limit=${HARD_INPUT_TIMEOUT:-30}   # seconds, under the sanitizers
bounded() { # label cmd...: time and memory bounded, no crash
    label=$1; shift
    if [ -n "$tm" ]; then
        run $tm -f '%M' -o "$T/rss" timeout "$limit" "$@"
        kb=$(tail -n 1 "$T/rss" 2>/dev/null)
        case $kb in ''|*[!0-9]*) kb=0 ;; esac
        [ "$kb" -le $maxkb ] || echo "FAIL: $label: peak memory ${kb} KB" >>"$T/soft"
    else
        run timeout "$limit" "$@"
    fi
    [ "$rc" -ne 124 ] || echo "FAIL: $label: still running after $limit s" >>"$T/soft"
    soft assert_sane "$label"
    soft assert_clear "$label"
}

db=$T/store.db
run "$NR" --db "$db" import "$SAMPLES"
assert_rc 0 "sample articles"

for f in "$in"/*; do
    name=$(basename "$f")
    bounded "extract $name" "$NR" extract --json "$f"
    # exactly one JSON object for the file, offsets inside it
    python3 - "$T/out" "$f" "$name" >"$T/py.err" 2>&1 <<'PY' || { echo "FAIL: extract --json $name: $(tail -n 1 "$T/py.err" | cut -c1-300)" >>"$T/soft"; }
import json, os, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if l.strip()]
assert len(lines) == 1, f"{len(lines)} lines"
o = json.loads(lines[0])
size = os.path.getsize(sys.argv[2])
if "error" not in o:
    for q in o.get("quotes", []):
        assert 0 <= q["start"] <= q["end"] <= size, q
    for kind in ("people", "places", "organizations"):
        for e in o.get(kind, []):
            for s, t in e["mentions"]:
                assert 0 <= s <= t <= size, (e["name"][:80], s, t)
PY
    ok
    bounded "import $name" "$NR" --db "$db" import "$f"
    case $name in
    nul.txt|toolarge.txt)
        soft assert_rc 1 "$name is refused"
        soft assert_err "$name" "the refusal names the file"
        [ "$(wc -l <"$T/err")" -le 3 ] || echo "FAIL: $name: refusal in more than one line" >>"$T/soft" ;;
    *)
        [ "$rc" -le 1 ] || [ "$rc" -eq 124 ] || echo "FAIL: import $name: status $rc" >>"$T/soft"
        if [ "$rc" -eq 1 ]; then soft assert_err "$name" "a refusal names the file"; fi ;;
    esac
done
assert_integrity "$db" "after the hostile imports"

# Every stored article still shows, lists and searches.
run "$NR" --db "$db" articles --json
assert_rc 0 "articles after hostile imports"
ids=$(python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(open(sys.argv[1]))))' "$T/out")
for id in $ids; do
    bounded "show $id" "$NR" --db "$db" show "$id"
    soft assert_rc 0 "show $id"
done
bounded "actors" "$NR" --db "$db" actors --json
soft assert_rc 0 "actors after hostile imports"
bounded "quotes" "$NR" --db "$db" quotes --json
soft assert_rc 0 "quotes after hostile imports"
bounded "quotes, as a table" "$NR" --db "$db" quotes
soft assert_rc 0 "every quote as a table after hostile imports"

# Hostile strings where the user types: never raw FTS5 or SQL syntax.
for q in '"unbalanced' 'NEAR(' '*' 'a OR' 'AND' '-' '^' "'; DROP TABLE articles; --" '%' '_' \
         "$(printf '\377\376')" "$(printf 'a\001b')" 'column:word' '""' '(((' "$(python3 -c 'print("x"*100000)')"; do
    bounded "search [$(printf '%.20s' "$q")]" "$NR" --db "$db" search "$q" --limit 20
    [ "$rc" -le 1 ] || echo "FAIL: search [$(printf '%.20s' "$q")]: status $rc" >>"$T/soft"
    bounded "quotes --speaker [$(printf '%.20s' "$q")]" "$NR" --db "$db" quotes --speaker "$q" --limit 20
    [ "$rc" -le 1 ] || echo "FAIL: quotes --speaker [$(printf '%.20s' "$q")]: status $rc" >>"$T/soft"
done
run "$NR" --db "$db" articles --json
assert_rc 0 "the store survived hostile queries"

# Alias bombs in the config and the alias file.
bounded "config alias bomb" "$NR" --db "$db" --config "$T/bomb-config.yaml" articles
[ "$rc" -le 1 ] || fail "config alias bomb: status $rc"
printf 'aliases: %s\n' "$T/bomb-aliases.yaml" >"$T/with-aliases.yaml"
bounded "alias-file bomb" "$NR" --db "$db" --config "$T/with-aliases.yaml" quotes --speaker keller --limit 5
[ "$rc" -le 1 ] || fail "alias-file bomb: status $rc"
if "$NR" reindex --help >/dev/null 2>&1; then
    bounded "reindex with an alias-file bomb" "$NR" --db "$db" --config "$T/with-aliases.yaml" reindex
    [ "$rc" -le 1 ] || fail "reindex with the alias bomb: status $rc"
    assert_integrity "$db" "after reindex"
fi
finish
