#!/bin/sh
# JSON Lines (one object a line: title, text or html, url, date, source,
# author): good lines become articles, each bad line is one refusal with
# its line number, the rest goes on, and the exit status says so.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
cat >"$T/scraped.jsonl" <<'JSONL'
{"title": "Tram line extended", "text": "The tram line will run to the airport from next spring, the city said.", "url": "https://metro.example/tram", "date": "2024-02-03T09:00:00Z", "source": "Metro Daily", "author": "Li Wei"}
{"title": "Library opens on Sundays", "html": "<p>The central library will open on Sundays.</p><p class=\"x\">&#8220;Readers asked for it,&#8221; the librarian said.</p>", "url": "https://metro.example/library", "date": "Sat, 10 Feb 2024 08:00:00 GMT", "source": "Metro Daily"}

{"title": "broken", "text": "no closing brace"
["not", "an", "object"]
{"title": "No body here", "url": "https://metro.example/empty"}
{"title": "Park gets new trees", "text": "Two hundred trees were planted.", "date": "sometime soon", "source": "Metro Daily"}
JSONL
run "$NR" --db "$DB" import "$T/scraped.jsonl"
assert_rc 1 "bad lines refused"
assert_out '^imported 3, already present 0, refused 3, with warnings 1$'
assert_err 'scraped.jsonl:4: bad JSON at column [0-9]+: .*; line skipped$'
assert_err 'scraped.jsonl:5: not a JSON object; line skipped$'
assert_err 'scraped.jsonl:6: no "text" or "html"; line skipped$'
assert_err 'scraped.jsonl:7: date "sometime soon" not understood; stored without a date$'
[ "$(wc -l <"$T/err")" -eq 4 ] || { cat "$T/err"; fail "one line each"; }
ok
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 3'
assert_json '{r["title"]: (r["source"], r["date"], r["url"], r["author"]) for r in d} == {
 "Tram line extended": ("Metro Daily", "2024-02-03", "https://metro.example/tram", "Li Wei"),
 "Library opens on Sundays": ("Metro Daily", "2024-02-10", "https://metro.example/library", None),
 "Park gets new trees": ("Metro Daily", None, None, None)}'
id=$(python3 -c 'import json,sys; print([r["id"] for r in json.load(open(sys.argv[1])) if r["title"].startswith("Library")][0])' "$T/out")
run "$NR" --db "$DB" show "$id" --json
assert_json 'd["text"] == "The central library will open on Sundays.\n\n\u201cReaders asked for it,\u201d the librarian said."' "html as text"
run "$NR" --db "$DB" import "$T/scraped.jsonl"
assert_out '^imported 0, already present 3, refused 3, with warnings 1$'
done_ok
