#!/bin/sh
# Importing the sample articles twice, listing, filtering, showing and
# searching them; standard input as "-".
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"

run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "first import"
assert_out '^imported 2, already present 0, refused 0$'
run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "second import"
assert_out '^imported 0, already present 2, refused 0$'

run "$NR" --db "$DB" articles --json
assert_rc 0 "articles --json"
assert_json 'len(d) == 2 and all(isinstance(r["id"], int) for r in d)'
assert_json 'd[0]["source"] == "NBC News" and d[0]["date"] == "2025-08-08" and d[1]["source"] == "FOX News"'
assert_json 'd[1]["title"].startswith("Trump could meet Putin")'

run "$NR" --db "$DB" articles --json --limit 1
assert_json 'len(d) == 1'
run "$NR" --db "$DB" articles --json --source "fox news"
assert_json 'len(d) == 1 and d[0]["source"] == "FOX News"'
run "$NR" --db "$DB" articles --json --since 2025-08-07
assert_json 'len(d) == 1 and d[0]["date"] == "2025-08-08"'
run "$NR" --db "$DB" articles --since "not a date"
assert_rc 2 "bad --since"

run "$NR" --db "$DB" articles
assert_rc 0 "articles"
assert_out '^ID +DATE +SOURCE +QUOTES +TITLE$'
assert_out '^2 +2025-08-08 +NBC News +[0-9]+ +Trump-Putin meeting tentatively set'

id=$("$NR" --db "$DB" articles --json --source "NBC News" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
run "$NR" --db "$DB" show "$id"
assert_rc 0 "show"
assert_out '^Trump-Putin meeting tentatively set for next week'
assert_out '^NBC News, 2025-08-08$'
assert_out 'Karoline Leavitt told NBC News'
run "$NR" --db "$DB" show "$id" --json
assert_json 'd["id"] == '"$id"' and d["text"].startswith("A meeting between") and isinstance(d["quotes"], list)'

run "$NR" --db "$DB" search "tentatively scheduled" --json
assert_rc 0 "search"
assert_json 'any(r["type"] == "article" and r["id"] == '"$id"' and ("[tentatively scheduled]" in r["snippet"] or "[tentatively] [scheduled]" in r["snippet"]) for r in d)'
assert_json 'all(r["article"] == '"$id"' for r in d) and sorted(r["rank"] for r in d) == [r["rank"] for r in d]' "ranked"
run "$NR" --db "$DB" search "tentatively scheduled" --limit 1 --json
assert_json 'len(d) == 1'
# quote hits name their speaker (as the quotes list does); article hits none
run "$NR" --db "$DB" search ceasefire --json
assert_json 'any(r["type"] == "quote" and r["speaker"] == "Volodymyr Zelenskyy" and "[ceasefire]" in r["snippet"] for r in d)'
assert_json 'all(r["speaker"] is None for r in d if r["type"] == "article") and any(r["type"] == "article" for r in d)'
cp "$T/out" "$T/hits.json"
run "$NR" --db "$DB" quotes --json
python3 - "$T/hits.json" "$T/out" <<'PY' || fail "a quote hit's speaker differs from the quote's"
import json, sys
hits = json.load(open(sys.argv[1], encoding="utf-8"))
quotes = {q["id"]: q for q in json.load(open(sys.argv[2], encoding="utf-8"))}
qh = [h for h in hits if h["type"] == "quote"]
assert qh
for h in qh:
    assert h["speaker"] == quotes[h["id"]]["speaker"], (h, quotes[h["id"]])
PY
ok
run "$NR" --db "$DB" search ceasefire
assert_out '^TYPE +ID +DATE +SOURCE +ARTICLE +SPEAKER +MATCH$'
assert_out '^quote +[0-9]+ +2025-08-0[68] +[A-Z]+ News +[0-9]+ +Volodymyr Zelenskyy +.*\[ceasefire\]'
run "$NR" --db "$DB" search 'NEAR("unbalanced' --json
assert_rc 0 "search with FTS5 syntax in it"

# standard input
printf 'Harbour reopens\n\nThe harbour reopened on Monday, officials said.\n' |
    "$NR" --db "$DB" import - >"$T/out" 2>"$T/err"
grep -q '^imported 1, already present 0, refused 0$' "$T/out" || fail "stdin import: $(cat "$T/out" "$T/err")"
ok
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 3 and any(r["title"] == "Harbour reopens" and r["path"] == "-" for r in d)'
done_ok
