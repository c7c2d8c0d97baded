#!/bin/sh
# Bookmark a quote, export it as Markdown with its citation, re-extract
# everything, and the bookmark still points at its quote.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "import"

run "$NR" --db "$DB" quotes --speaker Leavitt --json
assert_json 'len(d) >= 1'
qid=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([r for r in d if r["source"] == "NBC News"][0]["id"])' "$T/out")
text=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([r for r in d if r["id"] == int(sys.argv[2])][0]["text"][:40])' "$T/out" "$qid")

run "$NR" --db "$DB" bookmark add "$qid" --note "lead quote" --tag summit
assert_rc 0 "bookmark add"
assert_out "^bookmark [0-9]+ on quote $qid$"
bid=$(sed -n 's/^bookmark \([0-9]*\) on quote.*/\1/p' "$T/out")

run "$NR" --db "$DB" bookmarks --format markdown
assert_rc 0 "bookmarks --format markdown"
assert_out "^> “$text"
assert_out '^> — Karoline Leavitt, quoted by \*NBC News\*, 2025-08-08, “Trump-Putin meeting tentatively set for next week, White House official says”$'
assert_out '^Note: lead quote$'

run "$NR" --db "$DB" reindex
assert_rc 0 "reindex"
assert_out '^reindexed 2 articles'

run "$NR" --db "$DB" bookmarks --json
assert_rc 0 "bookmarks --json"
assert_json 'len(d) == 1 and d[0]["id"] == '"$bid"' and d[0]["quote"] is not None' "still linked"
assert_json 'd[0]["speaker"] == "Karoline Leavitt" and d[0]["note"] == "lead quote" and d[0]["tag"] == "summit"'
python3 - "$T/out" "$text" <<'PY' || fail "bookmark text after reindex"
import json, sys
d = json.load(open(sys.argv[1]))
assert d[0]["text"].startswith(sys.argv[2]), d
PY
ok
newq=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["quote"])' "$T/out")
run "$NR" --db "$DB" quotes --article "$("$NR" --db "$DB" articles --json --source 'NBC News' | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')" --json
assert_json 'any(r["id"] == '"$newq"' and r["bookmark"] == '"$bid"' for r in d)' "the quote knows its bookmark"

run "$NR" --db "$DB" bookmarks --format csv
assert_out '^id,quote,speaker,source,date,title,article,note,tag,created'
zq=$("$NR" --db "$DB" quotes --speaker zelensky --json --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
run "$NR" --db "$DB" bookmark add "$zq"
assert_rc 0 "a second bookmark"
run "$NR" --db "$DB" bookmarks --json
assert_json 'len(d) == 2 and d[0]["speaker"] == "Volodymyr Zelenskyy"' "newest first"
run "$NR" --db "$DB" bookmarks --json --limit 1
assert_json 'len(d) == 1 and d[0]["quote"] == '"$zq"
run "$NR" --db "$DB" bookmark rm "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$T/out")"
assert_rc 0 "rm the second"
run "$NR" --db "$DB" bookmarks --format pdf
assert_rc 2 "unknown format"

run "$NR" --db "$DB" bookmark add 999999
assert_rc 1 "no such quote"
assert_err 'no quote 999999'
run "$NR" --db "$DB" bookmark rm "$bid"
assert_rc 0 "bookmark rm"
run "$NR" --db "$DB" bookmark rm "$bid"
assert_rc 1 "rm twice"
run "$NR" --db "$DB" bookmarks --json
assert_json 'd == []'
done_ok
